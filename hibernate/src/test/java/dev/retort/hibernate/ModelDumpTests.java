package dev.retort.hibernate;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.hibernate.shop.Customer;
import dev.retort.hibernate.shop.Product;
import dev.retort.hibernate.shop.PurchaseOrder;

class ModelDumpTests {

	@Test
	void dump() {
		for (DatabaseTarget target : List.of(new DatabaseTarget("h2", "H2", 2, 4),
				new DatabaseTarget("postgresql", "PostgreSQL", 16, 0), new DatabaseTarget("mariadb", "MariaDB", 11, 4))) {
			SchemaModel model = HibernateModelSource.of(List.of(Customer.class, PurchaseOrder.class, Product.class))
				.load(target);
			System.out.println("== " + target.dialect());
			model.tables().forEach(System.out::println);
			model.sequences().forEach(System.out::println);
		}
	}

}
