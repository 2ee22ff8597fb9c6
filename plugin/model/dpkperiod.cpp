#include "dpkperiod.h"

#include <QRegularExpression>

DpkPeriod::DpkPeriod( int startYear )
  : mStartYear( startYear )
{
}

DpkResult<DpkPeriod> DpkPeriod::parse( const QString &text )
{
  static const QRegularExpression pattern(
      QStringLiteral( "^\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*$" ) );
  const QRegularExpressionMatch match = pattern.match( text );
  if ( !match.hasMatch() )
  {
    return DpkResult<DpkPeriod>::failure(
        tr( "'%1' is not a school year; expected a year such as 2024/25" ).arg( text ) );
  }

  const int start = match.captured( 1 ).toInt();
  const QString endText = match.captured( 2 );
  const int end = endText.size() == 2 ? ( start / 100 ) * 100 + endText.toInt() : endText.toInt();
  const bool followsOn = end == start + 1 || ( endText.size() == 2 && end + 100 == start + 1 );
  if ( !followsOn )
  {
    return DpkResult<DpkPeriod>::failure(
        tr( "'%1' is not a school year: the second year must follow the "
            "first, as in 2024/25" )
            .arg( text ) );
  }
  return DpkResult<DpkPeriod>::success( DpkPeriod( start ) );
}

QString DpkPeriod::toString() const
{
  if ( !isValid() )
    return QString();
  return QStringLiteral( "%1/%2" )
      .arg( mStartYear )
      .arg( ( mStartYear + 1 ) % 100, 2, 10, QLatin1Char( '0' ) );
}
