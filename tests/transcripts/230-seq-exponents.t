seq reads its numbers with strtold (GNU coreutils seq.c) or strtod (BusyBox seq.c), so an exponent
is a number: `seq 1e3` counts to 1000. GNU prints as many decimals as FIRST and INCREMENT ask for,
their digits after the point moved by the exponent (scan_arg: 1.5e1 asks for none, 1.5e-1 for two);
BusyBox counts every character after the point as written. Checked against GNU coreutils seq and
BusyBox 1.37 seq.

  $ seq 1e3 | tail -1
  1000
  $ seq 2e0
  1
  2
  $ seq 0 1.5e-1 0.5
  0.00
  0.15
  0.30
  0.45
  $ seq 1.5e1 16
  15
  16
  $ seq -1e1 -8
  -10
  -9
  -8
  $ seq -w 1e1 12
  10
  11
  12
  $ seq 1e9 | wc -l
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
  $ docker run --rm -q busybox seq 1.5e1 16
  15.000
  16.000
