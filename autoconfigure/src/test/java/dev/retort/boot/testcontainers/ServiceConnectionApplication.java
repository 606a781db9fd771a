package dev.retort.boot.testcontainers;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import dev.retort.boot.autoconfigure.RetortAutoConfiguration;

/** The smallest application with a DataSource and Retort. */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, RetortAutoConfiguration.class })
class ServiceConnectionApplication {

}
