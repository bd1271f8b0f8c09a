package org.edhub.core.spill;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of any spillable type with every component filled in, each with a value of its own (no zero, no null, no
 * first enum constant), derived from the record's components: a component added to a record is filled in too.
 */
public final class SampleRecords {
    private int next = 1;

    public <T extends Record> T of(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType());
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object value(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> list = new ArrayList<>();
            list.add(value(p.getActualTypeArguments()[0]));
            list.add(value(p.getActualTypeArguments()[0]));
            return list;
        }
        Class<?> c = (Class<?>) type;
        int n = next++;
        if (c == int.class || c == Integer.class) return 1000 + n;
        if (c == long.class || c == Long.class) return 1_000_000_000_000L + n;
        if (c == boolean.class || c == Boolean.class) return true;
        if (c == short.class || c == Short.class) return (short) (100 + n);
        if (c == byte.class || c == Byte.class) return (byte) (1 + n % 100);
        if (c == char.class || c == Character.class) return (char) ('A' + n % 26);
        if (c == double.class || c == Double.class) return 0.5 + n;
        if (c == float.class || c == Float.class) return 0.25f + n;
        if (c == String.class) return "text " + n + " é";
        if (c == Object.class) return "any " + n;
        if (c == LocalDate.class) return LocalDate.of(2018, 10, 2).plusDays(n);
        if (c.isEnum()) return c.getEnumConstants()[c.getEnumConstants().length - 1];
        if (c.isRecord()) return of(c.asSubclass(Record.class));
        throw new IllegalArgumentException("no sample of " + type);
    }
}
