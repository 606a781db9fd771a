package dev.retort.core.autogenerate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What autogenerate compares. The defaults follow Alembic: types and nullability are compared,
 * server defaults are not.
 *
 * @param excludeTables table names to leave alone on both sides, case-insensitive; {@code *}
 * matches any run of characters ({@code migrate.autogenerate.exclude-tables})
 * @param include a filter for any object; see {@link IncludeFilter}
 * @param compareServerDefaults whether differing server defaults are reported
 * ({@code migrate.autogenerate.compare-server-defaults})
 * @param compareTypes whether differing column types are reported
 * @since 0.1.0
 */
public record AutogenerateOptions(List<String> excludeTables, IncludeFilter include, boolean compareServerDefaults,
		boolean compareTypes) {

	public AutogenerateOptions {
		excludeTables = List.copyOf(excludeTables);
		Objects.requireNonNull(include, "'include' must not be null");
	}

	/**
	 * The defaults: nothing excluded, types compared, server defaults not.
	 * @return the options
	 */
	public static AutogenerateOptions defaults() {
		return new AutogenerateOptions(List.of(), IncludeFilter.ALL, false, true);
	}

	/**
	 * A copy with other excluded tables.
	 * @param tables the names or {@code *} patterns
	 * @return the copy
	 */
	public AutogenerateOptions withExcludeTables(List<String> tables) {
		return new AutogenerateOptions(tables, this.include, this.compareServerDefaults, this.compareTypes);
	}

	/**
	 * A copy with another include filter.
	 * @param include the filter
	 * @return the copy
	 */
	public AutogenerateOptions withInclude(IncludeFilter include) {
		return new AutogenerateOptions(this.excludeTables, include, this.compareServerDefaults, this.compareTypes);
	}

	/**
	 * A copy that does or does not compare server defaults.
	 * @param compare whether to compare them
	 * @return the copy
	 */
	public AutogenerateOptions withCompareServerDefaults(boolean compare) {
		return new AutogenerateOptions(this.excludeTables, this.include, compare, this.compareTypes);
	}

	/**
	 * Whether a table is excluded by name.
	 * @param table the table name
	 * @return {@code true} when a name or pattern of {@link #excludeTables()} matches
	 */
	public boolean excludes(String table) {
		String lower = table.toLowerCase(Locale.ROOT);
		for (String pattern : this.excludeTables) {
			String regex = ("\\Q" + pattern.strip().toLowerCase(Locale.ROOT) + "\\E").replace("*", "\\E.*\\Q");
			if (lower.matches(regex)) {
				return true;
			}
		}
		return false;
	}

}
