#!/usr/bin/env bash
# Runs chosen reliability tests with the modules they need built from this checkout.
# usage: reliability/run-it.sh ConcurrentStartsIT FuzzTests   (names ending in IT run under failsafe)
cd "$(dirname "$0")/.."
its=""; tests=""
for name in "$@"; do
	if [[ "$name" == *IT ]]; then its="$its,$name"; else tests="$tests,$name"; fi
done
tests="${tests:-,NoSuchTest}"; its="${its:-,NoSuchIT}"
exec mvn -B -o -pl reliability -am verify -Dtest="${tests#,}" -Dit.test="${its#,}" \
	-Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
