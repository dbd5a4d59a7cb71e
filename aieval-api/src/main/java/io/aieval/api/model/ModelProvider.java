package io.aieval.api.model;

/**
 * Makes {@link ModelClient}s of one kind. Found with {@link java.util.ServiceLoader}: a plugin
 * lists its class in {@code META-INF/services/io.aieval.api.model.ModelProvider}.
 */
public interface ModelProvider {

  /** The name used in specs ({@code model.provider}); lower case, unique. */
  String name();

  /** One line describing the provider, for listings. */
  default String description() {
    return name();
  }

  /**
   * Checks the settings before anything runs, so a bad option is reported with the other spec
   * problems instead of failing mid-run. The default accepts everything.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  default void check(ModelSettings settings) {}

  /**
   * Connects to a model. May start resources (connection pools, an in-process server) that the
   * returned client releases on {@link ModelClient#close()}.
   *
   * @throws IllegalArgumentException when the settings lack something this provider needs
   */
  ModelClient create(ModelSettings settings);
}
