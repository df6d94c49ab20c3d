"""Hostile files: each opens (repaired, and says so) or is refused with one
sentence; never a traceback, a crash or a hang, and never a changed file."""
import random

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from tests.reliability.hostile import FIXTURE_V1, Opener, corpus

EXPECTED = {  # what a facilitator should get for the damage we know
    "empty": "REFUSED", "random": "REFUSED", "random-with-magic": "REFUSED", "header-only": "REFUSED",
    "truncated-half": "REFUSED", "truncated-page": "REFUSED", "missing-table": "REFUSED",
    "missing-column": "REFUSED", "wrong-types": "OK", "missing-refs": "OK", "absurd-geometry": "OK",
    "huge-text": "OK", "no-stages": "REFUSED", "no-journey": "REFUSED", "bomb-asset": "OK",
    "not-an-image-asset": "OK", "fifty-thousand-cards": "OK",
}


@pytest.fixture(scope="module")
def opener():
    o = Opener()
    yield o
    o.close()


def test_every_hostile_file_is_opened_or_refused_calmly(tmp_path, opener):
    for path in corpus(tmp_path):
        before = path.read_bytes()
        result = opener.open(path)
        assert result.split()[0] in ("OK", "REFUSED"), f"{path.name}: {result}"
        kind = path.stem
        if kind in EXPECTED:
            assert result.startswith(EXPECTED[kind]), f"{path.name}: {result}"
        if kind in ("wrong-types", "missing-refs", "absurd-geometry", "huge-text", "bomb-asset",
                    "not-an-image-asset"):
            assert result != "OK 0", f"{path.name}: repaired without telling the user"
        assert path.read_bytes() == before, f"{path.name} was changed by opening it"


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256) if rng.random() < 0.5 else out[i] ^ (1 << rng.randrange(8))
    if rng.random() < 0.1:
        out = out[:rng.randrange(len(out))]
    return bytes(out)


def mutants(tmp_path, opener, examples):
    real = FIXTURE_V1.read_bytes()

    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(seed=st.integers(0, 2**32 - 1))
    def check(seed):
        path = tmp_path / "mutant.journey"
        data = flip(real, random.Random(seed))
        path.write_bytes(data)
        result = opener.open(path)
        assert result.split()[0] in ("OK", "REFUSED"), f"seed {seed}: {result}"
        assert path.read_bytes() == data
    check()


def test_mutated_files_never_crash(tmp_path, opener):
    mutants(tmp_path, opener, 150)


@pytest.mark.slow
def test_ten_thousand_mutated_files_never_crash(tmp_path, opener):
    mutants(tmp_path, opener, 10_000)
