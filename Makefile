# tongbao — the two commands are `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := demo

SHARED ?= ../shared
OUT ?= out
SWIFT ?= swift
DEB_PACKAGES := libcairo2-dev libpango1.0-dev libharfbuzz-dev libfontconfig-dev libopencc-dev \
                libpoppler-glib-dev libxml2-dev libjemalloc-dev libreoffice-writer-nogui \
                fonts-noto-cjk fonts-lxgw-wenkai poppler-utils sqlite3
# pip name=import name where they differ
PY_MODULES := pymupdf opencc python-docx=docx openpyxl easyofd fonttools=fontTools
# The release build links the Swift runtime and Foundation statically: a run then spends ~5 ms CPU
# less resolving symbols of ~15 Swift shared libraries, and ~4 MB less RSS (`make bench`). Only
# the executable (the test support target needs the Testing module, which has no static form).
RELEASE_FLAGS := -c release --static-swift-stdlib --product tongbao
RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)/tongbao
DEBUG_BIN = $$($(SWIFT) build --show-bin-path)/tongbao
AIR_SOURCE := Beijing Multi-Site Air-Quality Data（UCI，CC BY 4.0）
# Weeks that have a seed briefing.
DEMO_WEEKS := 2016-W20 2016-W44 2017-W46 2017-W47 2018-W22

.PHONY: deps debs fonts pydeps build demo test lint test-unit test-integration bench clean

## deps: install the Debian packages that are missing, link the fonts, install the test tools.
deps: debs fonts pydeps

debs:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then \
	    echo "deps: installing$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "deps: missing Debian packages; run as root:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

## fonts: link the open fonts into fonts/ (the Fandol faces are unpacked from texlive-lang-chinese
## into ~/.cache/tongbao/debs, nothing installed; FandolFang's and FandolHei's outlines are simplified
## once with fontTools into ~/.cache/tongbao/fonts); sha256-checked against fonts/manifest.tsv.
fonts: debs pydeps
	@./scripts/link-fonts.sh

pydeps:
	@for m in $(PY_MODULES); do \
	  pkg=$${m%%=*}; mod=$${m##*=}; \
	  python3 -c "import $$mod" 2>/dev/null || { echo "deps: pip install $$pkg"; python3 -m pip install -q $$pkg 2>&1 | grep -v -i 'warning' || true; }; \
	done

build: deps
	$(SWIFT) build

## demo: release build; imports the seeds into out/demo.sqlite and writes the weekly notice of
## every week that has briefings (each with its content JSON beside it: the blocks and the source
## lines each was made from, what faithcheck.py reads), one notice with the example ledger (examples/), and the
## monthly ranking of the example air data (A4 for filing, A3 for the meeting, CSV, xlsx).
demo: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	@mkdir -p $(OUT)
	@rm -f $(OUT)/demo.sqlite* $(OUT)/example.sqlite* $(OUT)/reviewed.sqlite*
	@bin=$(RELEASE_BIN); \
	$$bin import --db $(OUT)/demo.sqlite seeds/ && \
	for w in $(DEMO_WEEKS); do $$bin weekly --db $(OUT)/demo.sqlite --week $$w --output $(OUT)/ --docx $(OUT)/ --ofd $(OUT)/ --emit-content $(OUT)/ || exit 1; done && \
	$$bin import --db $(OUT)/example.sqlite seeds/ >/dev/null && \
	$$bin import --db $(OUT)/example.sqlite --ledger examples/ledger-example.csv && \
	$$bin weekly --db $(OUT)/example.sqlite --week 2017-W46 --output $(OUT)/example-ledger-weekly-2017-W46.pdf \
	  --emit-content $(OUT)/example-ledger-weekly-2017-W46.json && \
	$$bin import --db $(OUT)/reviewed.sqlite seeds/ >/dev/null && \
	$$bin review --db $(OUT)/reviewed.sqlite --week 2017-W46 --output $(OUT)/ && \
	cp $(OUT)/review-2017-W46.xlsx $(OUT)/review-2017-W46-corrected.xlsx && \
	python3 scripts/review-edit.py $(OUT)/review-2017-W46-corrected.xlsx '002_1f215ed26580ae16#2' '单位' '高新技术产业开发区' && \
	$$bin import --db $(OUT)/reviewed.sqlite --review $(OUT)/review-2017-W46-corrected.xlsx && \
	$$bin weekly --db $(OUT)/reviewed.sqlite --week 2017-W46 --output $(OUT)/reviewed-weekly-2017-W46.pdf \
	  --docx $(OUT)/reviewed-weekly-2017-W46.docx && \
	$$bin monthly --month 2017-01 --air examples/air/daily/ --output $(OUT)/ --csv $(OUT)/ --xlsx $(OUT)/ --docx $(OUT)/ --ofd $(OUT)/ \
	  --source "$(AIR_SOURCE)" && \
	$$bin monthly --month 2017-01 --air examples/air/daily/ --layout layouts/monthly-ranking-meeting.toml \
	  --output $(OUT)/ --source "$(AIR_SOURCE)"

## test: unit tests, then the end-to-end checks on real input (pdfcheck, evalparse).
test: deps lint test-unit test-integration

## lint: the house formatting (.swift-format), checked like a test.
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

test-unit:
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) ./scripts/unit-tests.sh

test-integration:
	SHARED=$(SHARED) TONGBAO=$(DEBUG_BIN) ./scripts/integration.sh

## bench: tongbao against the pango/cairo floor and Typst on ../shared/bench documents.
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	@python3 -c "import typst" 2>/dev/null || python3 -m pip install -q typst 2>/dev/null || true
	python3 scripts/bench.py $(RELEASE_BIN) $(SHARED) .build/bench

## fuzz: libFuzzer targets (reader, layout, air import, tables/ledgers, content/charts) for an hour-equivalent:
## FUZZ_CPU_MINUTES (default 60) CPU-minutes in total, split over the targets; see scripts/fuzz.sh.
.PHONY: fuzz
fuzz: debs
	./scripts/fuzz.sh

clean:
	rm -rf .build $(OUT)
