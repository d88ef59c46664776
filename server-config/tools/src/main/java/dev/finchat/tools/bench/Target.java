package dev.finchat.tools.bench;

/** The running system under measurement: its chat node's HTTP port and its broker. */
record Target(int chatPort, String brokerUrl) {}
