package dev.retort.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embedded address. */
@Embeddable
public class Address {

	@Column(length = 100)
	String street;

	@Column(length = 60)
	String city;

	@Column(length = 10)
	String postalCode;

}
