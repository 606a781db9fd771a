package dev.retort.hibernate.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An order: many-to-one customer, many-to-many products, an enum and a decimal. */
@Entity
@Table(name = "purchase_orders", uniqueConstraints = @UniqueConstraint(name = "uk_orders_number",
		columnNames = "order_number"))
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "order_number", nullable = false, length = 20)
	String number;

	@ManyToOne(optional = false)
	Customer customer;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	Status status;

	@Column(precision = 12, scale = 2)
	BigDecimal total;

	LocalDateTime placedAt;

	boolean gift;

	@ManyToMany
	Set<Product> products;

}
