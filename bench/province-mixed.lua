-- The mixed read load of bench/province.sh (ProvinceBench.java runs it):
--   wrk -t2 -c64 -d60s --latency -s bench/province-mixed.lua <baseUrl> -- \
--       <county ids file> <province ids file> <province percent> <county Authorization> <province Authorization> <year>
-- Each request is, with equal chance, GET one target in force (a random id of the caller's scope), a list page
-- 0–20 (size 50) or the statistics of the year; <province percent> of them are made by the province's finance
-- (finance-xj, its ids drawn from the province), the rest by the county's (finance-county, the county's ids).
local county_ids, province_ids = {}, {}
local province_percent, county_auth, province_auth, year

local thread_list = {}
function setup(thread)
  table.insert(thread_list, thread)
  thread:set("thread_number", #thread_list)
end

statuses = {} -- per thread: answers by HTTP status, summed up in done()
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total, keys, parts = {}, {}, {}
  for _, t in ipairs(thread_list) do
    for status, n in pairs(t:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status in pairs(total) do keys[#keys + 1] = status end
  table.sort(keys)
  for _, status in ipairs(keys) do parts[#parts + 1] = status .. "=" .. total[status] end
  io.write("status counts: " .. table.concat(parts, " ") .. "\n")
end

local function lines(path)
  local t = {}
  for l in io.lines(path) do
    if #l > 0 then t[#t + 1] = l end
  end
  return t
end

function init(args)
  county_ids = lines(args[1])
  province_ids = lines(args[2])
  province_percent = tonumber(args[3])
  county_auth = args[4]
  province_auth = args[5]
  year = args[6]
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
  local province = math.random(100) <= province_percent
  local auth = province and province_auth or county_auth
  local kind = math.random(3)
  local path
  if kind == 1 then
    local ids = province and province_ids or county_ids
    path = "/api/v1/targets/" .. ids[math.random(#ids)]
  elseif kind == 2 then
    path = "/api/v1/targets?fiscalYear=" .. year .. "&page=" .. math.random(0, 20)
  else
    path = "/api/v1/targets/statistics?fiscalYear=" .. year
  end
  return wrk.format("GET", path, { ["Authorization"] = auth })
end
