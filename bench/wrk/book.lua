-- One-step bookings (POST /api/v1/bookings), each for a different free start read from $HORAE_SLOTS
-- ("resourceId serviceId start" per line). Threads take interleaved lines from the offset given as the first
-- script argument, so no two requests of a run ask for the same start.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  offset = tonumber(args[1]) or 0
  nthreads = tonumber(args[2]) or 1
  slots = {}
  for line in io.lines(os.getenv("HORAE_SLOTS")) do
    slots[#slots + 1] = line
  end
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("HORAE_KEY")
end

function request()
  local index = offset + id + counter * nthreads
  counter = counter + 1
  local resource, service, start = slots[(index % #slots) + 1]:match("(%S+) (%S+) (%S+)")
  local body = '{"lines":[{"resourceId":"' .. resource .. '","serviceId":"' .. service .. '","start":"' .. start .. '"}]}'
  return wrk.format(nil, os.getenv("HORAE_PATH") or "/api/v1/bookings", nil, body)
end
