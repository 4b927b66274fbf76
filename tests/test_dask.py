"""Builds on a Dask distributed cluster: the same results as local workers."""

from __future__ import annotations

import sys
import time

import pytest

distributed = pytest.importorskip("distributed")

import reportpress  # noqa: E402
from reportpress.cli import main  # noqa: E402

GOOD = "关于计划执行情况的报告\n各位代表：\n一、总体情况\n（一）投资\n全年完成投资12.4亿元，增长6.1%。\n"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as running:
        yield running


def _inputs(folder):
    folder.mkdir()
    for index in range(3):
        (folder / f"r{index}.txt").write_text(GOOD.replace("12.4", f"1{index}.4"), "utf-8")
    (folder / "bad.txt").write_bytes(b"\x00" * 16)
    return folder


def test_a_cluster_build_matches_a_local_build(tmp_path, cluster):
    folder = _inputs(tmp_path / "in")
    formats = ["xml", "docx", "pdf"]
    address = cluster.scheduler_address
    remote = reportpress.build(folder, out=tmp_path / "remote", formats=formats, cluster=address)
    local = reportpress.build(folder, out=tmp_path / "local", formats=formats, jobs=2)
    assert [(r.source.name, r.status) for r in remote] == [
        ("bad.txt", "failed"),
        ("r0.txt", "built"),
        ("r1.txt", "built"),
        ("r2.txt", "built"),
    ]
    assert remote[0].message == local[0].message
    assert remote[0].message.endswith("bad.txt: binary file (contains NUL bytes), not text")
    for path in sorted((tmp_path / "local").glob("r*.*")):
        assert (tmp_path / "remote" / path.name).read_bytes() == path.read_bytes(), path.name
    again = reportpress.build(folder, out=tmp_path / "remote", formats=formats, cluster=address)
    assert [r.status for r in again] == ["failed", "skipped", "skipped", "skipped"]


def test_every_worker_keeps_the_fonts_warm(tmp_path, cluster):
    folder = _inputs(tmp_path / "in")
    reportpress.build(
        folder, out=tmp_path / "out", formats=["pdf"], cluster=cluster.scheduler_address
    )
    with distributed.Client(cluster.scheduler_address) as client:
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
        warm = client.run(lambda: "reportpress.editions.pdf.edition" in sys.modules)
    assert len(plugins) == 2
    assert all("reportpress-warm" in names for names in plugins.values())
    assert list(warm.values()) == [True, True]


def test_the_command_line_builds_on_a_cluster(tmp_path, cluster, capsys):
    folder = _inputs(tmp_path / "in")
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "-f", "xml"]
    assert main([*args, "--cluster", cluster.scheduler_address]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert f"{folder / 'bad.txt'}: binary file (contains NUL bytes), not text" in err
    assert err[-1].startswith("built 3, skipped 0, failed 1 in ")
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == [
        "r0.xml",
        "r1.xml",
        "r2.xml",
    ]


def test_an_unreachable_scheduler_is_bad_usage(tmp_path, capsys, monkeypatch):
    from reportpress.batch import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    folder = _inputs(tmp_path / "in")
    args = ["build", str(folder), "-o", str(tmp_path / "out"), "-f", "xml"]
    assert main([*args, "--cluster", "tcp://127.0.0.1:9"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("reportpress: cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_an_input_over_its_budget_fails_on_the_cluster_too(tmp_path, monkeypatch):
    import reportpress.inputs

    real_load = reportpress.inputs.load

    def load(path, **kwargs):
        if path.name == "r1.txt":
            time.sleep(5)
        return real_load(path)

    monkeypatch.setattr(reportpress.inputs, "load", load)  # threads share this process
    folder = _inputs(tmp_path / "in")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
    ) as threads:
        results = reportpress.build(
            folder,
            out=tmp_path / "out",
            formats=["xml"],
            timeout=1,
            cluster=threads.scheduler_address,
        )
        assert [r.status for r in results] == ["failed", "built", "failed", "built"]
        assert "took longer than 1 s" in results[2].message
        time.sleep(5)  # the abandoned build finishes and must not write
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["r0.xml", "r2.xml"]
