package dev.retort.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores {@link User users}.
 *
 * @since 0.1.0
 */
public interface UserRepository extends JpaRepository<User, Long> {

}
