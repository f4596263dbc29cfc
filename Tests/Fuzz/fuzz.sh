#!/bin/sh
# libFuzzer over ArticleParser + ClaimExtractor (Linux, Swift 6 toolchain). Not run in CI.
#
#   Tests/Fuzz/fuzz.sh              # build, then fuzz for 60 s with the corpus as seeds
#   Tests/Fuzz/fuzz.sh -runs=100000 # any libFuzzer options
#
# Crashing inputs are written to .build/fuzz/crash-*; replay one with
#   .build/fuzz/article-fuzzer .build/fuzz/crash-<hash>
set -eu
cd "$(dirname "$0")/../.."
out=.build/fuzz
mkdir -p "$out/seeds"
flags="-sanitize=fuzzer,address -parse-as-library -swift-version 6 -Onone -g"
swiftc $flags -module-name ClaimModel -emit-module -emit-module-path "$out/ClaimModel.swiftmodule" \
    -emit-library -static -o "$out/libClaimModel.a" Sources/ClaimModel/*.swift 2>&1 | grep -v "ld.gold: warning" || true
swiftc $flags -module-name ClaimExtractor -I "$out" -emit-module -emit-module-path "$out/ClaimExtractor.swiftmodule" \
    -emit-library -static -o "$out/libClaimExtractor.a" $(find Sources/ClaimExtractor -name '*.swift') 2>&1 | grep -v "ld.gold: warning" || true
swiftc $flags -I "$out" -L "$out" -lClaimExtractor -lClaimModel Tests/Fuzz/ArticleFuzzer.swift -o "$out/article-fuzzer" 2>&1 | grep -v "ld.gold: warning" || true
# Seeds: the bundled articles, each prefixed with the format byte its extension maps to.
for file in corpus/*/* Tests/Fixtures/dev/*/*.txt; do
    case "$file" in
        *.txt) byte='\000' ;; *.md) byte='\001' ;; *.html) byte='\002' ;; *.json) byte='\003' ;; *.jsonl) byte='\004' ;; *) continue ;;
    esac
    { printf "$byte"; head -c 4096 "$file"; } > "$out/seeds/$(basename "$file")"
done
cd "$out"
if [ "$#" -eq 0 ]; then set -- -max_total_time=60; fi
exec ./article-fuzzer -max_len=4096 -timeout=1 "$@" seeds
