-- wrk script for bench_ussd_http.sh: each wrk thread (one connection each, so a session's hops go in order) walks
-- whole *999# sessions on the Africa's Talking route: dial, "my number", MTN, NGN 100, Cancel (END). Five hops a
-- session, text cumulative as Africa's Talking sends it. Every answer is checked: CON for the first four, END last.
-- The requests are put together from parts made once per thread (wrk.format per request costs wrk more CPU than
-- the server spends on the hop, and wrk shares the two cores with the server).
local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
    table.insert(threads, thread)
end

local texts = {"", "1", "1%2A1", "1%2A1%2A1", "1%2A1%2A1%2A2"} -- form-encoded "1*1*1*2" and its beginnings
local expect = {"CON Buy airtime", "CON Choose the network", "CON Amount", "CON Buy NGN 100.00", "END Cancelled"}
local head = "POST /ussd/africastalking HTTP/1.1\r\nHost: 127.0.0.1\r\n" ..
             "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "

function init(args)
    step = 1
    session = 1
    bad = 0
    sessions = 0
    prefix = "sessionId=bench-" .. id .. "-"
    rest = {}
    for i, text in ipairs(texts) do
        rest[i] = "&serviceCode=%2A999%23&phoneNumber=%2B2348031234567&networkCode=62130&text=" .. text
    end
end

-- One connection per thread and no pipelining: a response always answers the last request built, so the walk
-- advances in response() (wrk may build a request it never sends).
function request()
    local body = prefix .. session .. rest[step]
    return head .. #body .. "\r\n\r\n" .. body
end

function response(status, headers, body)
    local want = expect[step]
    if status ~= 200 or body:sub(1, #want) ~= want then
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
