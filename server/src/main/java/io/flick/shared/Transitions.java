package io.flick.shared;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A status machine as one table: for each status, the statuses it may be reached from. Repositories
 * read it for their guarded updates ({@code UPDATE … SET status = 'b' WHERE … AND }{@link #guard}),
 * so a transition is written once, here, and a change that two requests race for is won by exactly
 * one of them. Statuses are stored as their lower-case names.
 */
public final class Transitions<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> predecessors;

    private Transitions(Class<S> type, Map<S, Set<S>> predecessors) {
        this.type = type;
        this.predecessors = predecessors;
    }

    public static <S extends Enum<S>> Transitions<S> of(Class<S> type) {
        return new Transitions<>(type, new EnumMap<>(type));
    }

    /** A copy of this table in which {@code to} is reached from {@code from} (and from nothing else). */
    @SafeVarargs
    public final Transitions<S> to(S to, S... from) {
        Map<S, Set<S>> table = new EnumMap<>(type);
        table.putAll(predecessors);
        Set<S> sources = EnumSet.noneOf(type);
        sources.addAll(Set.of(from));
        table.put(to, java.util.Collections.unmodifiableSet(sources));
        return new Transitions<>(type, table);
    }

    /** The statuses {@code to} may be reached from: none for a status nothing leads to (a first one). */
    public Set<S> from(S to) {
        return predecessors.getOrDefault(to, Set.of());
    }

    public boolean allows(S from, S to) {
        return from(to).contains(from);
    }

    /**
     * The condition that the row is in a status {@code to} may be reached from, e.g.
     * {@code status IN ('pending', 'receiving')}.
     *
     * @throws IllegalStateException when nothing leads to {@code to}
     */
    public String guard(String column, S to) {
        Set<S> sources = from(to);
        if (sources.isEmpty()) {
            throw new IllegalStateException("Nothing leads to " + to);
        }
        return column + " IN (" + sources.stream().map(s -> "'" + code(s) + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** How a status is stored. */
    public static String code(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
