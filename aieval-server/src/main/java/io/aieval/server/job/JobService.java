package io.aieval.server.job;

import io.aieval.server.audit.AuditLog;
import io.aieval.server.store.BlobStore;
import io.aieval.server.tenancy.Caller;
import io.aieval.server.tenancy.TenantStore;
import io.aieval.server.web.ApiException;
import io.aieval.server.web.Names;
import io.aieval.server.web.ServerMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Submitting, listing, cancelling, retrying and deleting jobs, each change audited. */
@Service
public class JobService {
  private static final Set<String> RUNNERS = Set.of("local");
  private static final Set<String> SHORT_PARAMS = Set.of("runner", "dataset", "priority");

  private final JobStore jobs;
  private final SpecResolver resolver;
  private final TenantStore tenants;
  private final AuditLog audit;
  private final BlobStore blobs;

  JobService(
      JobStore jobs, SpecResolver resolver, TenantStore tenants, AuditLog audit, BlobStore blobs) {
    this.jobs = jobs;
    this.resolver = resolver;
    this.tenants = tenants;
    this.audit = audit;
    this.blobs = blobs;
  }

  public Job submit(Caller caller, SubmitRequest request) {
    String project =
        Names.check("project", request.project() == null ? "default" : request.project());
    Priority priority = priority(request.priority(), "priority");
    SpecResolver.Resolved r = resolver.resolve(caller.tenantId(), request.spec(), "spec");
    return create(caller, project, priority, r);
  }

  /** The original plan's short form, turned into a one-step spec. */
  public Job submitShort(Caller caller, ShortForm form) {
    String project = Names.check("project", form.project() == null ? "default" : form.project());
    if (form.task() == null || form.task().isBlank()) {
      throw ApiException.invalidField("task", ServerMessages.get("spec.required"));
    }
    if (form.model() == null || form.model().isBlank()) {
      throw ApiException.invalidField("model", ServerMessages.get("spec.required"));
    }
    Map<String, Object> params = form.params() == null ? Map.of() : form.params();
    Object runner = params.getOrDefault("runner", "local");
    if (!RUNNERS.contains(String.valueOf(runner))) {
      throw ApiException.invalidField(
          "params.runner",
          SpecResolver.unknown("runner", String.valueOf(runner), List.copyOf(RUNNERS)));
    }
    Priority priority =
        priority(
            params.get("priority") == null ? null : params.get("priority").toString(),
            "params.priority");
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("type", form.task());
    step.put("dataset", params.getOrDefault("dataset", "default"));
    params.forEach(
        (k, v) -> {
          if (!SHORT_PARAMS.contains(k)) {
            step.put(k, v);
          }
        });
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", project + "-" + form.task());
    spec.put("model", form.model());
    spec.put("steps", List.of(step));
    SpecResolver.Resolved r;
    try {
      r = resolver.resolve(caller.tenantId(), spec, "");
    } catch (ApiException e) {
      throw shortFormFields(e);
    }
    return create(caller, project, priority, r);
  }

  private Job create(Caller caller, String project, Priority priority, SpecResolver.Resolved r) {
    tenants.ensureProject(caller.tenantId(), project);
    String id = UUID.randomUUID().toString();
    // the job as queued, not re-read after the commit, when a runner may already have claimed it
    Job job =
        jobs.insert(
            new JobStore.NewJob(
                id,
                caller.tenantId(),
                project,
                r.name(),
                r.model(),
                r.modelRef(),
                r.task(),
                r.canonical(),
                priority,
                caller.keyId()));
    audit.record(caller, "job.submit", "job", id, project + "/" + r.name());
    return job;
  }

  public Job get(String tenantId, String id) {
    return jobs.find(tenantId, id).orElseThrow(() -> ApiException.notFound("job", id));
  }

  public Job cancel(Caller caller, String id) {
    Job job = get(caller.tenantId(), id);
    String reason = ServerMessages.get("job.cancelledBy", caller.actor());
    if (jobs.transition(
        caller.tenantId(), id, List.of(JobStatus.QUEUED), JobStatus.CANCELLED, reason)) {
      jobs.event(caller.tenantId(), id, "cancelled", reason);
    } else if (jobs.requestCancel(caller.tenantId(), id)) {
      jobs.event(caller.tenantId(), id, "cancel_requested", reason);
    } else {
      throw ApiException.conflict(ServerMessages.get("job.notCancellable", id, job.status()));
    }
    audit.record(caller, "job.cancel", "job", id, null);
    return get(caller.tenantId(), id);
  }

  /** Queues a finished job again; it resumes from its stored samples, failed ones run again. */
  public Job retry(Caller caller, String id) {
    Job job = get(caller.tenantId(), id);
    boolean again =
        jobs.transition(
            caller.tenantId(),
            id,
            List.of(JobStatus.FAILED, JobStatus.CANCELLED, JobStatus.SUCCEEDED),
            JobStatus.QUEUED,
            null);
    if (!again) {
      throw ApiException.conflict(ServerMessages.get("job.notRetryable", id, job.status()));
    }
    jobs.event(
        caller.tenantId(), id, "retried", ServerMessages.get("job.retriedBy", caller.actor()));
    audit.record(caller, "job.retry", "job", id, null);
    return get(caller.tenantId(), id);
  }

  public void delete(Caller caller, String id) {
    Job job = get(caller.tenantId(), id);
    if (!JobStatus.valueOf(job.status()).terminal()) {
      throw ApiException.conflict(ServerMessages.get("job.notDeletable", id, job.status()));
    }
    jobs.delete(caller.tenantId(), id);
    try {
      blobs.deleteAll(caller.tenantId() + "/" + id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(caller, "job.delete", "job", id, null);
  }

  public Page list(String tenantId, JobStore.Filter filter) {
    List<JobStore.Listed> rows = jobs.list(tenantId, filter);
    List<Job> items = new ArrayList<>(rows.stream().map(JobStore.Listed::job).toList());
    String next =
        rows.size() == filter.limit() ? Long.toString(rows.get(rows.size() - 1).seq()) : null;
    return new Page(items, next);
  }

  public List<JobEvent> events(String tenantId, String id) {
    get(tenantId, id);
    return jobs.events(tenantId, id);
  }

  /**
   * A page of jobs.
   *
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last
   */
  public record Page(List<Job> items, String nextCursor) {}

  private static Priority priority(String name, String field) {
    Priority p = Priority.parse(name);
    if (p == null) {
      throw ApiException.invalidField(
          field, SpecResolver.unknown("priority", name, List.of("high", "normal", "low")));
    }
    return p;
  }

  /** Short-form errors name the short form's fields ({@code params.dataset}, not steps[0]). */
  private static ApiException shortFormFields(ApiException e) {
    List<ApiException.FieldError> errors =
        e.errors().stream()
            .map(
                f ->
                    new ApiException.FieldError(
                        f.field()
                            .replaceFirst("^\\.?steps\\[0\\]\\.dataset.*", "params.dataset")
                            .replaceFirst("^\\.?steps\\[0\\]\\.type", "task")
                            .replaceFirst("^\\.?steps\\[0\\]\\.", "params.")
                            .replaceFirst("^\\.?model.*", "model"),
                        f.message()))
            .toList();
    return new ApiException(e.status(), e.titleKey(), e.getMessage(), errors);
  }
}
