package io.aieval.core.task;

import io.aieval.core.text.PythonText;
import java.beans.FeatureDescriptor;
import java.util.Iterator;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Resolves a template's method calls on a string ({@code {{question.strip()}}}, {@code
 * {{answer.split('#### ')[-1]}}}) as Python's {@code str} methods: {@code strip}, {@code lstrip},
 * {@code rstrip} (with or without the characters to strip), {@code upper}, {@code lower}, {@code
 * replace} (with or without a count) and {@code split} (with or without a separator and a most
 * number of splits). Any other call is left to Jinjava's resolvers. Stateless and thread safe.
 */
final class StrMethodResolver extends ELResolver {

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (!(base instanceof String s) || !(method instanceof String name)) {
      return null;
    }
    Object[] p = params == null ? new Object[0] : params;
    Object result = call(s, name, p);
    if (result != null) {
      context.setPropertyResolved(true);
    }
    return result;
  }

  /** The method's result, or {@code null} when it is not one of Python's taken here. */
  private static Object call(String s, String name, Object[] p) {
    switch (name) {
      case "strip", "lstrip", "rstrip":
        if (p.length > 1 || p.length == 1 && p[0] != null && !(p[0] instanceof String)) {
          return null;
        }
        String chars = p.length == 0 ? null : (String) p[0];
        return switch (name) {
          case "strip" -> PythonText.strip(s, chars);
          case "lstrip" -> PythonText.lstrip(s, chars);
          default -> PythonText.rstrip(s, chars);
        };
      case "upper", "lower":
        if (p.length > 0) {
          return null;
        }
        return name.equals("upper") ? StrMethods.upper(s) : StrMethods.lower(s);
      case "replace":
        if (p.length < 2
            || p.length > 3
            || !(p[0] instanceof String old)
            || !(p[1] instanceof String replacement)
            || p.length == 3 && !(p[2] instanceof Number)) {
          return null;
        }
        return StrMethods.replace(s, old, replacement, count(p, 2));
      case "split":
        if (p.length > 2
            || p.length >= 1 && p[0] != null && !(p[0] instanceof String)
            || p.length == 2 && !(p[1] instanceof Number)) {
          return null;
        }
        return StrMethods.split(s, p.length == 0 ? null : (String) p[0], count(p, 1));
      default:
        return null;
    }
  }

  /** The count argument at {@code at}, or -1 (Python's default: no limit) when not given. */
  private static long count(Object[] p, int at) {
    return p.length > at ? ((Number) p[at]).longValue() : -1;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // read only: leaves every property to the resolvers after this one
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
