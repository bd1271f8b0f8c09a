package org.edhub.core.spill;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How each kind of component is written and read ({@link RecordCodec}): one value per type, derived once. */
final class Values {
    static final int ABSENT = 0;
    static final int PRESENT = 1;
    private static final int SAME_TEXT = 2;
    private static final int SHORT_TEXT = 3;
    private static final int LONG_TEXT = 4;
    private static final int ASCII_TEXT = 5;
    /** An ASCII text's length is written in two bytes. */
    private static final int ASCII_TEXT_CHARS = 65_535;
    /** At most 3 bytes of modified UTF-8 a char: a text this short always fits {@code writeUTF}'s 65,535 bytes. */
    private static final int SHORT_TEXT_CHARS = 65_535 / 3;

    private Values() {
    }

    /** A component's value: written and read with the texts last seen in the stream, by slot. */
    interface Value {
        void write(DataOutput out, Object value, String[] previous) throws IOException;

        Object read(DataInputStream in, String[] previous) throws IOException;
    }

    /** Derives the values of a record type, numbering the text slots of every text component, nested ones included. */
    static final class Deriving {
        private int textSlots;
        private final Set<Class<?>> open = new HashSet<>();

        int textSlots() {
            return textSlots;
        }

        RecordValue record(Class<? extends Record> type, String where) {
            if (!open.add(type)) throw new IllegalArgumentException(where + ": a record holding itself cannot be spilled");
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Value[] values = new Value[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                accessors[i] = unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                values[i] = value(c.getGenericType(), where + "." + c.getName());
                types[i] = c.getType();
            }
            open.remove(type);
            MethodHandle constructor = constructor(type, types).asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new RecordValue(accessors, values, constructor);
        }

        private Value value(Type type, String where) {
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                return new ListValue(value(p.getActualTypeArguments()[0], where + "[]"));
            }
            if (!(type instanceof Class<?> c)) throw refused(where, type);
            if (c.isPrimitive()) return primitive(c, where);
            if (c == String.class) return new TextValue(textSlots++);
            if (c == Object.class) return new AnyValue(new TextValue(textSlots++), where);
            if (c.isEnum()) return nullable(new EnumValue(c.getEnumConstants()));
            if (c.isRecord()) return nullable(record(c.asSubclass(Record.class), where));
            if (c == LocalDate.class) return nullable(DATE);
            Value boxed = boxed(c);
            if (boxed == null) throw refused(where, type);
            return nullable(boxed);
        }

        private static IllegalArgumentException refused(String where, Type type) {
            return new IllegalArgumentException(where + " is a " + type.getTypeName() + ", which a spilled record cannot "
                    + "hold (primitives and their boxes, String, enums, LocalDate, records, lists of these, Object)");
        }

        private static Value primitive(Class<?> c, String where) {
            Value v = boxed(c == int.class ? Integer.class : c == long.class ? Long.class : c == boolean.class ? Boolean.class
                    : c == short.class ? Short.class : c == byte.class ? Byte.class : c == char.class ? Character.class
                    : c == double.class ? Double.class : c == float.class ? Float.class : null);
            if (v == null) throw refused(where, c);
            return v;
        }

        private static Value boxed(Class<?> c) {
            if (c == Integer.class) return INT;
            if (c == Long.class) return LONG;
            if (c == Boolean.class) return of((out, v) -> out.writeBoolean((Boolean) v), DataInputStream::readBoolean);
            if (c == Short.class) return of((out, v) -> out.writeShort((Short) v), DataInputStream::readShort);
            if (c == Byte.class) return of((out, v) -> out.writeByte((Byte) v), DataInputStream::readByte);
            if (c == Character.class) return of((out, v) -> out.writeChar((Character) v), DataInputStream::readChar);
            if (c == Double.class) return of((out, v) -> out.writeDouble((Double) v), DataInputStream::readDouble);
            if (c == Float.class) return of((out, v) -> out.writeFloat((Float) v), DataInputStream::readFloat);
            return null;
        }

        private static MethodHandle unreflect(Method accessor) {
            try {
                accessor.setAccessible(true);
                return MethodHandles.lookup().unreflect(accessor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot read " + accessor + " to spill it", e);
            }
        }

        private static MethodHandle constructor(Class<?> type, Class<?>[] types) {
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return MethodHandles.lookup().unreflectConstructor(canonical);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot make a " + type.getName() + " to read it back", e);
            }
        }
    }

    /** A record's components one after the other; as a component of another record, behind a presence byte. */
    static final class RecordValue implements Value {
        private final MethodHandle[] accessors;
        private final Value[] values;
        private final MethodHandle constructor;

        RecordValue(MethodHandle[] accessors, Value[] values, MethodHandle constructor) {
            this.accessors = accessors;
            this.values = values;
            this.constructor = constructor;
        }

        void writeBody(DataOutput out, Object record, String[] previous) throws IOException {
            for (int i = 0; i < values.length; i++) values[i].write(out, get(i, record), previous);
        }

        Object readBody(DataInputStream in, String[] previous) throws IOException {
            Object[] args = new Object[values.length];
            for (int i = 0; i < values.length; i++) args[i] = values[i].read(in, previous);
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private Object get(int i, Object record) {
            try {
                return (Object) accessors[i].invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(DataOutput out, Object value, String[] previous) throws IOException {
            writeBody(out, value, previous);
        }

        @Override
        public Object read(DataInputStream in, String[] previous) throws IOException {
            return readBody(in, previous);
        }
    }

    private interface Write {
        void write(DataOutput out, Object value) throws IOException;
    }

    private interface Read {
        Object read(DataInputStream in) throws IOException;
    }

    /** A value written the same way whatever the stream wrote before. */
    private static Value of(Write write, Read read) {
        return new Value() {
            @Override
            public void write(DataOutput out, Object value, String[] previous) throws IOException {
                write.write(out, value);
            }

            @Override
            public Object read(DataInputStream in, String[] previous) throws IOException {
                return read.read(in);
            }
        };
    }

    private static final Value INT = of((out, v) -> out.writeInt((Integer) v), DataInputStream::readInt);
    private static final Value LONG = of((out, v) -> out.writeLong((Long) v), DataInputStream::readLong);
    private static final Value DATE = of((out, v) -> out.writeLong(((LocalDate) v).toEpochDay()),
            in -> LocalDate.ofEpochDay(in.readLong()));

    /** A presence byte, then the value when there is one. */
    private static Value nullable(Value value) {
        return new Value() {
            @Override
            public void write(DataOutput out, Object v, String[] previous) throws IOException {
                out.writeByte(v == null ? ABSENT : PRESENT);
                if (v != null) value.write(out, v, previous);
            }

            @Override
            public Object read(DataInputStream in, String[] previous) throws IOException {
                return in.readByte() == ABSENT ? null : value.read(in, previous);
            }
        };
    }

    /**
     * A text: absent, the same as the slot's previous text, or its characters (its bytes when all are ASCII, else
     * modified UTF-8, or UTF-8 when long).
     */
    private record TextValue(int slot) implements Value {
        @Override
        public void write(DataOutput out, Object value, String[] previous) throws IOException {
            String text = (String) value;
            if (text == null) {
                out.writeByte(ABSENT);
            } else if (text.equals(previous[slot])) {
                out.writeByte(SAME_TEXT);
            } else if (text.length() <= ASCII_TEXT_CHARS && writeAscii(out, text)) {
                // written
            } else if (text.length() <= SHORT_TEXT_CHARS) {
                out.writeByte(SHORT_TEXT);
                out.writeUTF(text);
            } else {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.writeByte(LONG_TEXT);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            if (text != null) previous[slot] = text;
        }

        @Override
        public Object read(DataInputStream in, String[] previous) throws IOException {
            int tag = in.readByte();
            String text = switch (tag) {
                case ABSENT -> null;
                case SAME_TEXT -> previous[slot];
                case ASCII_TEXT -> {
                    byte[] ascii = new byte[in.readUnsignedShort()];
                    in.readFully(ascii);
                    yield new String(ascii, StandardCharsets.ISO_8859_1);
                }
                case SHORT_TEXT -> in.readUTF();
                case LONG_TEXT -> {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    yield new String(utf8, StandardCharsets.UTF_8);
                }
                default -> throw new IOException("Not a spilled text: tag " + tag);
            };
            if (text != null) previous[slot] = text;
            return text;
        }

        /**
         * A text of ASCII characters only, as its bytes: the JDK encodes and decodes those an array at a time, where
         * modified UTF-8 goes a character at a time. Its UTF-8 bytes are as many as its characters and none is the
         * replacement {@code ?} of an unpaired surrogate only when every character is ASCII; false, with nothing
         * written, otherwise.
         */
        private static boolean writeAscii(DataOutput out, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length != text.length()) return false;
            for (byte b : bytes) if (b == '?') return false;
            out.writeByte(ASCII_TEXT);
            out.writeShort(bytes.length);
            out.write(bytes);
            return true;
        }
    }

    /** The constant's position, plus one (0 is null): a byte when the enum has fewer than 255 constants. */
    private record EnumValue(Object[] constants) implements Value {
        @Override
        public void write(DataOutput out, Object value, String[] previous) throws IOException {
            int n = ((Enum<?>) value).ordinal() + 1;
            if (constants.length < 255) out.writeByte(n);
            else out.writeInt(n);
        }

        @Override
        public Object read(DataInputStream in, String[] previous) throws IOException {
            int n = constants.length < 255 ? in.readUnsignedByte() : in.readInt();
            return constants[n - 1];
        }
    }

    /** The size (-1: null), then the elements. */
    private record ListValue(Value element) implements Value {
        @Override
        public void write(DataOutput out, Object value, String[] previous) throws IOException {
            List<?> list = (List<?>) value;
            out.writeInt(list == null ? -1 : list.size());
            if (list != null) for (Object e : list) element.write(out, e, previous);
        }

        @Override
        public Object read(DataInputStream in, String[] previous) throws IOException {
            int n = in.readInt();
            if (n < 0) return null;
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(element.read(in, previous));
            return list;
        }
    }

    /** An {@code Object} component or list element: null, a text, an Integer or a Long, told apart by a tag. */
    private record AnyValue(TextValue text, String where) implements Value {
        private static final int TEXT = 1;
        private static final int INTEGER = 2;
        private static final int LONG_NUMBER = 3;

        @Override
        public void write(DataOutput out, Object value, String[] previous) throws IOException {
            if (value == null) {
                out.writeByte(ABSENT);
            } else if (value instanceof String s) {
                out.writeByte(TEXT);
                text.write(out, s, previous);
            } else if (value instanceof Integer n) {
                out.writeByte(INTEGER);
                out.writeInt(n);
            } else if (value instanceof Long n) {
                out.writeByte(LONG_NUMBER);
                out.writeLong(n);
            } else {
                throw new IllegalArgumentException(where + " holds a " + value.getClass().getName()
                        + ", which a spilled record cannot hold (text, Integer, Long or null)");
            }
        }

        @Override
        public Object read(DataInputStream in, String[] previous) throws IOException {
            int tag = in.readByte();
            return switch (tag) {
                case ABSENT -> null;
                case TEXT -> text.read(in, previous);
                case INTEGER -> in.readInt();
                case LONG_NUMBER -> in.readLong();
                default -> throw new IOException(where + ": not a spilled value, tag " + tag);
            };
        }
    }
}
