package io.aieval.core.registry;

import io.aieval.api.UnknownComponentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An immutable, name-keyed set of components of one kind, usually filled from {@link
 * ServiceLoader}. Looking up an unknown name fails with a "did you mean" suggestion.
 *
 * @param <T> the component type
 */
public final class Registry<T> {
  private final String kind;
  private final Map<String, T> byName;

  private Registry(String kind, Map<String, T> byName) {
    this.kind = kind;
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  /**
   * Every implementation of {@code type} that {@link ServiceLoader} finds on the class path.
   *
   * @param kind what the components are, in words, for messages ({@code "model provider"})
   * @param nameOf gives a component's name
   * @throws IllegalStateException when two components claim one name
   */
  public static <T> Registry<T> load(String kind, Class<T> type, Function<T, String> nameOf) {
    List<T> found = new ArrayList<>();
    ServiceLoader.load(type, Registry.class.getClassLoader()).forEach(found::add);
    return of(kind, found, nameOf);
  }

  /** A registry of the given components. */
  public static <T> Registry<T> of(String kind, List<T> components, Function<T, String> nameOf) {
    Map<String, T> map = new TreeMap<>();
    for (T c : components) {
      T previous = map.put(nameOf.apply(c), c);
      if (previous != null) {
        throw new IllegalStateException(
            "two " + kind + "s are named " + nameOf.apply(c) + ": " + previous + ", " + c);
      }
    }
    return new Registry<>(kind, map);
  }

  /**
   * The component called {@code name}.
   *
   * @throws UnknownComponentException when there is none
   */
  public T get(String name) {
    T found = byName.get(name);
    if (found == null) {
      List<String> known = names();
      throw new UnknownComponentException(kind, name, ClosestName.among(name, known), known);
    }
    return found;
  }

  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** Every name, sorted. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
