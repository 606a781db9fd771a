package db.beanrevisions;

/** A bean the revision in this package needs. */
public record TableName(String value) {

}
