-- Creates customers (POST /api/v1/customers) with unique e-mails until each thread made its share of $COUNT.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  share = tonumber(os.getenv("COUNT")) / tonumber(args[1])
  made = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("HORAE_KEY")
end

function request()
  made = made + 1
  local n = id * 1000000 + made
  return wrk.format(nil, "/api/v1/customers", nil, '{"firstName":"Customer","lastName":"No ' .. n ..
      '","email":"customer' .. n .. '@bench.example"}')
end

function response(status, headers, body)
  if made >= share then
    wrk.thread:stop()
  end
end
