date's other times and formats (app/engine/tools/dates.py): -d with @SECONDS, a day, a day and a
time, "3 days ago", "+1 month", tomorrow; -r FILE (its last touch on the simulated clock); -I and -R.
They were "invalid option". A date GNU would read written a way layerlab does not ("next thursday")
is said to be not simulated rather than called invalid; BusyBox's own reading refuses it as
BusyBox does. Checked against GNU date 9.1 and BusyBox (tests/test_date_times.py).

  $ date -d @0
  Thu Jan  1 00:00:00 UTC 1970
  $ date -d '2026-03-01 3 days ago' +%F
  2026-02-26
  $ date -I; date -R
  2026-03-02
  Mon, 02 Mar 2026 09:00:03 +0000
  $ echo note > feedback/a.txt; touch feedback/a.txt
  $ date -r feedback/a.txt +%T
  09:00:04
  $ date -d 'next thursday'
  layerlab: date -d is not simulated
  [126]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox date -d '2026-03-01 10:20' -Iseconds
  2026-03-01T10:20:00+00:00
  $ docker run --rm busybox date -d 'next thursday'
  date: invalid date 'next thursday'
  [1]
