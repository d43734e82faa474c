package org.frontline.core.domain;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, for unit tests that run without one. */
public final class Persisted {
    private Persisted() {}

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of " + entity.getClass(), e);
        }
    }
}
