package org.policybrief.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What templates may call on the objects they are given: Freemarker's default policy, without
 * {@code getClass()}. Through it a template reached the program's class objects
 * ({@code ${b.class.protectionDomain}} printed where the jar lies).
 */
final class NoClassAccess implements MemberAccessPolicy {

  /** One instance: Freemarker shares an object wrapper among configurations of equal settings. */
  static final NoClassAccess INSTANCE = new NoClassAccess();

  private static final MemberAccessPolicy DEFAULT =
      DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

  private NoClassAccess() {}

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
    ClassMemberAccessPolicy allowed = DEFAULT.forClass(contextClass);
    return new ClassMemberAccessPolicy() {
      @Override
      public boolean isMethodExposed(Method method) {
        return !method.getName().equals("getClass") && allowed.isMethodExposed(method);
      }

      @Override
      public boolean isConstructorExposed(Constructor<?> constructor) {
        return allowed.isConstructorExposed(constructor);
      }

      @Override
      public boolean isFieldExposed(Field field) {
        return allowed.isFieldExposed(field);
      }
    };
  }

  @Override
  public boolean isToStringAlwaysExposed() {
    return DEFAULT.isToStringAlwaysExposed();
  }
}
