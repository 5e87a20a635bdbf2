// The most any server can reach on bench_ussd_http.sh's walk on this machine: libmicrohttpd on one thread (as
// paydesk-server has it) answering each hop of the *999# walk with a constant screen, chosen by counting the
// answers in `text`. No engine, no sessions, no database, no Qt. bench_ussd_http.sh runs the same wrk script
// against it, so the figures say how much of the machine wrk and the kernel's loopback leave to a real server.
// Usage: bare_ussd_server PORT (serves until killed).
#include <algorithm>
#include <array>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <microhttpd.h>
#include <string>
#include <unistd.h>

namespace {

constexpr std::array<const char*, 5> kScreens{
    "CON Buy airtime\n1. For my number\n2. For another number\n3. Pidgin",
    "CON Choose the network\n1. MTN\n2. Airtel\n3. Glo\n4. 9mobile",
    "CON Amount\n1. NGN 100\n2. NGN 200\n3. NGN 500\n4. Other amount",
    "CON Buy NGN 100.00 of MTN airtime for +2348031234567?\n1. Buy\n2. Cancel",
    "END Cancelled. Nothing was bought.",
};

// The walk's step: 0 for an empty text, else one more than the '*' (form-encoded "%2A") in it.
std::size_t step(const std::string& body)
{
    const std::size_t at = body.find("text=");
    if (at == std::string::npos || at + 5 == body.size() || body[at + 5] == '&')
        return 0;
    std::size_t stars = 0;
    for (std::size_t p = body.find("%2A", at); p != std::string::npos; p = body.find("%2A", p + 3))
        ++stars;
    return std::min<std::size_t>(stars + 1, kScreens.size() - 1);
}

MHD_Result onRequest(void*,
                     MHD_Connection* connection,
                     const char*,
                     const char*,
                     const char*,
                     const char* upload,
                     std::size_t* size,
                     void** state)
{
    auto* body = static_cast<std::string*>(*state);
    if (!body) {
        *state = new std::string;
        return MHD_YES;
    }
    if (*size != 0) {
        body->append(upload, std::min<std::size_t>(*size, 4096 - std::min<std::size_t>(body->size(), 4096)));
        *size = 0;
        return MHD_YES;
    }
    const char* screen = kScreens[step(*body)];
    MHD_Response* response =
        MHD_create_response_from_buffer(std::strlen(screen), const_cast<char*>(screen), MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, "Content-Type", "text/plain; charset=utf-8");
    const MHD_Result queued = MHD_queue_response(connection, 200, response);
    MHD_destroy_response(response);
    return queued;
}

void onCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode)
{
    delete static_cast<std::string*>(*state);
    *state = nullptr;
}

} // namespace

int main(int argc, char* argv[])
{
    const int port = argc > 1 ? std::atoi(argv[1]) : 0;
    if (port <= 0 || port > 65535)
        return 2;
    MHD_Daemon* daemon =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, static_cast<uint16_t>(port), nullptr, nullptr,
                         &onRequest, nullptr, MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, nullptr, MHD_OPTION_END);
    if (!daemon)
        return 1;
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    sigprocmask(SIG_BLOCK, &stop, nullptr);
    int received = 0;
    sigwait(&stop, &received);
    MHD_stop_daemon(daemon);
    return 0;
}
