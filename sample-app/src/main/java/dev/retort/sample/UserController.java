package dev.retort.sample;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists and adds users: {@code GET /users} and {@code POST /users} with
 * {@code {"name": "...", "email": "..."}}.
 *
 * @since 0.1.0
 */
@RestController
public class UserController {

	private final UserRepository users;

	public UserController(UserRepository users) {
		this.users = users;
	}

	@GetMapping("/users")
	public List<User> list() {
		return this.users.findAll();
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	public User add(@RequestBody NewUser user) {
		return this.users.save(new User(user.name(), user.email()));
	}

	/**
	 * The body of {@code POST /users}.
	 *
	 * @param name the name
	 * @param email the email address, optional
	 */
	public record NewUser(String name, @Nullable String email) {
	}

}
