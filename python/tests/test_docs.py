"""The examples in the package's docstrings run and hold."""

import doctest

import pytest

import zhclean


def test_package_doctests():
    result = doctest.testmod(zhclean)
    assert result.attempted > 0 and result.failed == 0


def test_arrow_doctests():
    pytest.importorskip("pyarrow")
    import zhclean.arrow

    result = doctest.testmod(zhclean.arrow)
    assert result.attempted > 0 and result.failed == 0
