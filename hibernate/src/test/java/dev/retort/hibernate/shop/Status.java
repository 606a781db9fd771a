package dev.retort.hibernate.shop;

/** Order status, stored by name. */
public enum Status {

	/** Placed, not paid. */
	NEW,
	/** Paid. */
	PAID,
	/** Shipped. */
	SHIPPED

}
