-- wrk script for bench_ussd_http.sh: each wrk thread (one connection each, so a session's hops go in order) walks
-- whole *999# sessions on the Africa's Talking route: dial, "my number", MTN, NGN 100, Cancel (END). Five hops a
-- session, text cumulative as Africa's Talking sends it. Every answer is checked: CON for the first four, END last.
local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
    table.insert(threads, thread)
end

local texts = {"", "1", "1*1", "1*1*1", "1*1*1*2"}
local expect = {"CON Buy airtime", "CON Choose the network", "CON Amount", "CON Buy NGN 100.00", "END Cancelled"}

function init(args)
    step = 1
    session = 1
    bad = 0
    sessions = 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

-- One connection per thread and no pipelining: a response always answers the last request built, so the walk
-- advances in response() (wrk may build a request it never sends).
function request()
    local body = "sessionId=bench-" .. id .. "-" .. session .. "&serviceCode=%2A999%23&phoneNumber=%2B2348031234567" ..
                 "&networkCode=62130&text=" .. texts[step]:gsub("%*", "%%2A")
    return wrk.format(nil, "/ussd/africastalking", nil, body)
end

function response(status, headers, body)
    if status ~= 200 or body:sub(1, #expect[step]) ~= expect[step] then
        bad = bad + 1
        if bad <= 3 then
            io.stderr:write("unexpected answer to hop " .. step .. ": " .. status .. " " .. body .. "\n")
        end
    elseif step == #texts then
        sessions = sessions + 1
    end
    if step == #texts then
        step = 1
        session = session + 1
    else
        step = step + 1
    end
end

function done(summary, latency, requests)
    local wrong, complete = 0, 0
    for _, thread in ipairs(threads) do
        wrong = wrong + thread:get("bad")
        complete = complete + thread:get("sessions")
    end
    local seconds = summary.duration / 1e6
    io.write(string.format("USSD over HTTP (Africa's Talking route)  %8.0f hops/s  p50 %.2f ms  p99 %.2f ms  " ..
                           "max %.2f ms  %d whole sessions  %d wrong answers  %d socket errors\n",
                           summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
                           latency.max / 1000, complete, wrong,
                           summary.errors.connect + summary.errors.read + summary.errors.write +
                           summary.errors.status + summary.errors.timeout))
end
