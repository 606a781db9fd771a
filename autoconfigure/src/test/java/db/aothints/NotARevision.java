package db.aothints;

/** A helper beside the revisions, which gets no hints. */
public final class NotARevision {

}
