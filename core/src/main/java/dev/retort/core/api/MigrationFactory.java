package dev.retort.core.api;

/**
 * Creates the instances of Java revision classes. By default Retort calls the class's public
 * no-argument constructor; give {@link RetortBuilder#migrationFactory} another factory to create
 * them some other way. Spring Boot's auto-configuration creates them as beans, so a revision may
 * take collaborators through its constructor:
 *
 * <pre class="code">
 * &#64;Revision(id = "c3d4e5f6a7b8", downRevision = "1975ea83b712", message = "seed countries")
 * public class SeedCountries implements Migration {
 *
 *     private final CountryCatalog catalog;
 *
 *     public SeedCountries(CountryCatalog catalog) {
 *         this.catalog = catalog;
 *     }
 *
 *     &#64;Override
 *     public void upgrade(Operations op) {
 *         op.bulkInsert("countries", this.catalog.rows());
 *     }
 *
 * }
 * </pre>
 *
 * A new instance is requested for every run and for the checksum; keep construction free of work.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrationFactory {

	/**
	 * Create an instance of a revision class.
	 * @param type a concrete class annotated {@link Revision @Revision}
	 * @return a new instance
	 */
	Migration create(Class<? extends Migration> type);

}
