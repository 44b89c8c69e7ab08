# The same commands the README gives.

GO       ?= go
FUZZTIME ?= 20s

# Every native fuzz target, as package:Target (grep -rn 'func Fuzz' --include=*_test.go).
FUZZ_TARGETS = \
	./internal/clean:FuzzText \
	./internal/langid:FuzzIdentify \
	./internal/meta:FuzzApply \
	./internal/pipeline:FuzzPipeline \
	./internal/text:FuzzSegment \
	./internal/when:FuzzFind

.PHONY: all build test bench fuzz golden lint

all: lint test

build:
	$(GO) build -o dyad ./cmd/dyad

test:
	$(GO) test ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Go fuzzes one target of one package at a time.
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "$(GO) test $$pkg -run '^$$' -fuzz '^$$name\$$' -fuzztime $(FUZZTIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME); \
	done

golden:
	$(GO) test ./internal/pipeline/... -run Golden -update

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
