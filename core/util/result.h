#pragma once

#include <utility>
#include <variant>

namespace paydesk {

// A value or the reason there is none. C++20 has no std::expected; this is the small subset we use.
// E must not be the same type as T.
template <typename T, typename E> class [[nodiscard]] Result
{
  public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    // By value from a temporary, so `for (auto& x : *makeResult())` cannot dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

  private:
    std::variant<T, E> m_data;
};

// For operations that return nothing on success.
template <typename E> class [[nodiscard]] Status
{
  public:
    Status() = default;
    Status(E error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

  private:
    bool m_failed = false;
    E m_error{};
};

} // namespace paydesk
