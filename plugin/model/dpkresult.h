#ifndef DPKRESULT_H
#define DPKRESULT_H

#include <QString>

#include <optional>
#include <utility>

/**
 * \brief Either a value or an error message for the user, which the caller must look at.
 *
 * Errors are values in this project: a reader or parser returns a DpkResult whose message names
 * the file, line, field or URL that went wrong and what was expected there.
 */
template <typename T>
class DpkResult
{
public:
  //! Returns a successful result holding \a value.
  static DpkResult success( T value ) { return DpkResult( std::move( value ), QString() ); }

  //! Returns a failed result with the user-facing \a message.
  static DpkResult failure( const QString &message ) { return DpkResult( std::nullopt, message ); }

  //! Returns true when the result holds a value.
  bool isOk() const { return mValue.has_value(); }

  //! Returns the value; only valid when isOk().
  const T &value() const { return *mValue; }

  //! Moves the value out; only valid when isOk().
  T takeValue() { return std::move( *mValue ); }

  //! Returns the error message; empty when isOk().
  QString error() const { return mError; }

private:
  DpkResult( std::optional<T> value, const QString &error )
    : mValue( std::move( value ) )
    , mError( error )
  {
  }

  std::optional<T> mValue;
  QString mError;
};

#endif // DPKRESULT_H
