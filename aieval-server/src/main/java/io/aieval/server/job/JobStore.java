package io.aieval.server.job;

import io.aieval.server.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Jobs and their event logs, always within one tenant. */
@Repository
public class JobStore {
  static final String COLUMNS =
      "id, seq, project, name, status, priority, model, model_ref, task, created_at, started_at,"
          + " finished_at, reason, attempt, cancel_requested, done, total, failed, rate";

  /** A job to insert. */
  public record NewJob(
      String id,
      String tenantId,
      String project,
      String name,
      String model,
      String modelRef,
      String task,
      String spec,
      Priority priority,
      String createdBy) {}

  /**
   * Filters of a job list; {@code null} fields do not filter.
   *
   * @param after the cursor: the {@code seq} of the last job of the previous page
   * @param oldestFirst sort by creation ascending instead of newest first
   */
  public record Filter(
      String project,
      JobStatus status,
      String model,
      String task,
      Long after,
      int limit,
      boolean oldestFirst) {}

  /** A job with its queue position ({@code seq}), for cursors. */
  public record Listed(Job job, long seq) {}

  private final Database db;

  public JobStore(Database db) {
    this.db = db;
  }

  /**
   * Inserts a QUEUED job and reads it back in the same transaction: a runner cannot claim it before
   * the commit, so the job returned is the one the submit made, never one a runner has started.
   */
  public Job insert(NewJob j) {
    OffsetDateTime now = now();
    return db.inTenant(
        j.tenantId(),
        () -> {
          db.jdbc()
              .sql(
                  "INSERT INTO jobs (id, tenant_id, project, name, model, model_ref, task, spec,"
                      + " status, priority, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)")
              .params(
                  j.id(),
                  j.tenantId(),
                  j.project(),
                  j.name(),
                  j.model(),
                  j.modelRef(),
                  j.task(),
                  j.spec(),
                  j.priority().ordinal(),
                  j.createdBy(),
                  now)
              .update();
          event(
              j.tenantId(), j.id(), "submitted", "queued with priority " + j.priority().wireName());
          return find(j.tenantId(), j.id()).orElseThrow();
        });
  }

  public Optional<Job> find(String tenantId, String id) {
    return db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql("SELECT " + COLUMNS + " FROM jobs WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query((rs, n) -> job(rs))
                .optional());
  }

  /** The stored spec and registered model of a job, for the runner. */
  public Optional<String[]> specOf(String tenantId, String id) {
    return db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql("SELECT spec, model_ref FROM jobs WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query((rs, n) -> new String[] {rs.getString("spec"), rs.getString("model_ref")})
                .optional());
  }

  /** The stored {@code results.json} of a finished job, or empty. */
  public Optional<String> results(String tenantId, String id) {
    return db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql("SELECT results FROM jobs WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query(String.class)
                .optional()
                .filter(r -> r != null));
  }

  public List<Listed> list(String tenantId, Filter f) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM jobs WHERE tenant_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(tenantId);
    if (f.project() != null) {
      sql.append(" AND project = ?");
      params.add(f.project());
    }
    if (f.status() != null) {
      sql.append(" AND status = ?");
      params.add(f.status().name());
    }
    if (f.model() != null) {
      sql.append(" AND model = ?");
      params.add(f.model());
    }
    if (f.task() != null) {
      sql.append(" AND task = ?");
      params.add(f.task());
    }
    if (f.after() != null) {
      sql.append(f.oldestFirst() ? " AND seq > ?" : " AND seq < ?");
      params.add(f.after());
    }
    sql.append(f.oldestFirst() ? " ORDER BY seq ASC" : " ORDER BY seq DESC");
    sql.append(" LIMIT ?");
    params.add(f.limit());
    return db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Listed(job(rs), rs.getLong("seq")))
                .list());
  }

  /**
   * Moves a job from one of {@code from} to {@code to}, or does nothing.
   *
   * @return whether the job was in one of {@code from}
   */
  public boolean transition(
      String tenantId, String id, List<JobStatus> from, JobStatus to, String reason) {
    String in = String.join(",", from.stream().map(s -> "'" + s.name() + "'").toList());
    OffsetDateTime finished = to.terminal() ? now() : null;
    return db.inTenant(
            tenantId,
            () ->
                db.jdbc()
                    .sql(
                        "UPDATE jobs SET status = ?, reason = ?, finished_at = ?,"
                            + " cancel_requested = FALSE, lease_owner = NULL, lease_until = NULL"
                            + " WHERE tenant_id = ? AND id = ? AND status IN ("
                            + in
                            + ")")
                    .params(to.name(), reason, finished, tenantId, id)
                    .update())
        > 0;
  }

  /** Asks the runner of a running job to stop; false when the job is not running. */
  public boolean requestCancel(String tenantId, String id) {
    return db.inTenant(
            tenantId,
            () ->
                db.jdbc()
                    .sql(
                        "UPDATE jobs SET cancel_requested = TRUE"
                            + " WHERE tenant_id = ? AND id = ? AND status = 'RUNNING'")
                    .params(tenantId, id)
                    .update())
        > 0;
  }

  /** Deletes a job with its samples and events. */
  public void delete(String tenantId, String id) {
    db.inTenant(
        tenantId,
        () -> {
          db.jdbc()
              .sql("DELETE FROM samples WHERE tenant_id = ? AND job_id = ?")
              .params(tenantId, id)
              .update();
          db.jdbc()
              .sql("DELETE FROM job_events WHERE tenant_id = ? AND job_id = ?")
              .params(tenantId, id)
              .update();
          db.jdbc()
              .sql("DELETE FROM jobs WHERE tenant_id = ? AND id = ?")
              .params(tenantId, id)
              .update();
          return null;
        });
  }

  public void event(String tenantId, String jobId, String type, String message) {
    db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql(
                    "INSERT INTO job_events (tenant_id, job_id, at, type, message)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(tenantId, jobId, now(), type, message)
                .update());
  }

  public List<JobEvent> events(String tenantId, String jobId) {
    return db.inTenant(
        tenantId,
        () ->
            db.jdbc()
                .sql(
                    "SELECT id, at, type, message FROM job_events"
                        + " WHERE tenant_id = ? AND job_id = ? ORDER BY id")
                .params(tenantId, jobId)
                .query(
                    (rs, n) ->
                        new JobEvent(
                            rs.getLong("id"),
                            rs.getObject("at", OffsetDateTime.class),
                            rs.getString("type"),
                            rs.getString("message")))
                .list());
  }

  static Job job(ResultSet rs) throws SQLException {
    long done = rs.getLong("done");
    long total = rs.getLong("total");
    double rate = rs.getDouble("rate");
    JobStatus status = JobStatus.valueOf(rs.getString("status"));
    Double eta = status == JobStatus.RUNNING && rate > 0 ? Math.max(0, total - done) / rate : null;
    return new Job(
        rs.getString("id"),
        rs.getString("project"),
        rs.getString("name"),
        status.name(),
        Priority.values()[rs.getInt("priority")].wireName(),
        rs.getString("model"),
        rs.getString("task"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("reason"),
        rs.getInt("attempt"),
        rs.getBoolean("cancel_requested"),
        new Job.Progress(done, total, rs.getLong("failed"), rate, eta));
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
