package {{package}}.metadata;

/** The engine of the metadata database. */
public enum DatabaseEngine {

    /** RDS for PostgreSQL: one instance, optionally with a Multi-AZ standby. Cheapest. */
    POSTGRES,

    /**
     * Aurora PostgreSQL: a writer plus, when Multi-AZ, a reader in another zone that takes over
     * in about 30 s; storage grows by itself. Needs db.t4g.medium or larger.
     */
    AURORA_POSTGRES
}
