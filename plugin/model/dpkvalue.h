#ifndef DPKVALUE_H
#define DPKVALUE_H

#include "dpkresult.h"

#include <QCoreApplication>
#include <QString>

/**
 * \brief One published figure with its status, as Skolverket reports it.
 *
 * Skolverket writes marks instead of numbers where a figure is suppressed or missing. A DpkValue
 * keeps the mark's meaning: a suppressed or missing figure has no number at all, so it can never
 * be mistaken for 0, and "~100" stays an interval just below 100 rather than the number 100.
 */
class DpkValue
{
  Q_DECLARE_TR_FUNCTIONS( DpkValue )

public:
  //! What a published figure is; the export's mark and the API's valueType in brackets.
  enum class Status
  {
    Exists,              //!< A number (EXISTS).
    SuppressedFewPupils, //!< Based on fewer than 10 pupils: ".."
                         //!< (OMITTED_DUE_TO_BASED_ON_FEW_PUPILS).
    Missing,             //!< No value: "." (MISSING).
    NotSet,              //!< Grade not set: "-".
    RoundedNear100,      //!< 1-4 pupils did not reach it: "~100"
                         //!< (ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE).
    NotApplicable,       //!< Teacher figures not applicable: "*"
                         //!< (TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION).
    Approximate,         //!< A count rounded to tens: "cirka 530" (EXISTS).
  };

  //! Creates a missing value.
  DpkValue() = default;

  //! Creates an existing value holding \a number.
  static DpkValue fromNumber( double number );

  //! Creates a count rounded to tens ("cirka N") holding \a number, as read back from a layer.
  static DpkValue fromApproximateNumber( double number );

  //! Creates a value with \a status and no number; \a mark is the text it was read from.
  static DpkValue fromStatus( Status status, const QString &mark = QString() );

  /**
   * Parses a cell of a Skolverket export: a number with decimal comma or point and optional
   * space thousands separators ("93,5", "1 234", "-2,1"), or one of the marks. The error names
   * \a text and what was expected.
   */
  static DpkResult<DpkValue> parse( const QString &text );

  /**
   * Parses a value of Skolverket's API, where \a valueType (e.g. "EXISTS") says what \a text is.
   * A null \a text is allowed for statuses without a number.
   */
  static DpkResult<DpkValue> parseApi( const QString &text, const QString &valueType );

  //! Returns the status.
  Status status() const { return mStatus; }

  //! Returns true when a number is published (an exact figure or an approximate count).
  bool hasNumber() const { return mStatus == Status::Exists || mStatus == Status::Approximate; }

  //! Returns the number; only meaningful when hasNumber().
  double number() const { return mNumber; }

  //! Returns the text the value was read from (the mark for statuses without a number).
  QString sourceText() const { return mSourceText; }

  //! Returns the stable key of \a status, used in files, fields and configuration.
  static QString statusKey( Status status );

  //! Returns the status whose key is \a key, or nothing for an unknown key.
  static std::optional<Status> statusFromKey( const QString &key );

  //! Returns Skolverket's mark for \a status ("..", "~100", ...), empty for numbers.
  static QString statusMark( Status status );

  //! Returns what \a status means, in the user's language.
  static QString statusDescription( Status status );

  //! Returns every status, in declaration order.
  static QList<Status> allStatuses();

  bool operator==( const DpkValue &other ) const;
  bool operator!=( const DpkValue &other ) const { return !( *this == other ); }

private:
  Status mStatus = Status::Missing;
  double mNumber = 0.0;
  QString mSourceText;
};

#endif // DPKVALUE_H
