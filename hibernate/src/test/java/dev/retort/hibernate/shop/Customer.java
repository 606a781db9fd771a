package dev.retort.hibernate.shop;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A customer with an embedded address and many orders. */
@Entity
@Table(name = "customers")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customers_seq")
	@SequenceGenerator(name = "customers_seq", sequenceName = "customers_seq", allocationSize = 50)
	Long id;

	@Column(nullable = false, unique = true, length = 200)
	String email;

	@Embedded
	Address address;

	@OneToMany(mappedBy = "customer")
	List<PurchaseOrder> orders;

}
