-- wrk script: sends the bearer token and reports p50/p95/p99 latency and throughput on one line.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HESTIA_TOKEN")
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50=%.1fms p95=%.1fms p99=%.1fms throughput=%.0f/s requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
