#include "dpkvalue.h"

#include <QList>
#include <QRegularExpression>

namespace
{
//! Removes the separators Skolverket puts inside numbers: spaces, no-break spaces, thin spaces.
QString withoutDigitGrouping( const QString &text )
{
  QString result;
  result.reserve( text.size() );
  for ( const QChar c : text )
  {
    if ( !c.isSpace() )
      result.append( c );
  }
  return result;
}

std::optional<double> parseNumber( const QString &text )
{
  static const QRegularExpression pattern( QStringLiteral( "^[-\u2212]?\\d+([.,]\\d+)?$" ) );
  QString compact = withoutDigitGrouping( text );
  if ( !pattern.match( compact ).hasMatch() )
    return std::nullopt;
  compact.replace( QChar( 0x2212 ), QLatin1Char( '-' ) );
  compact.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
  bool ok = false;
  const double number = compact.toDouble( &ok );
  return ok ? std::optional<double>( number ) : std::nullopt;
}

struct StatusInfo
{
  DpkValue::Status status;
  const char *key;
  const char *mark;
  const char *apiValueType;
};

// One row per status: its key in our files, the export's mark and the API's valueType.
constexpr StatusInfo STATUS_TABLE[] = {
    { DpkValue::Status::Exists, "exists", "", "EXISTS" },
    { DpkValue::Status::SuppressedFewPupils, "suppressed", "..",
      "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS" },
    { DpkValue::Status::Missing, "missing", ".", "MISSING" },
    { DpkValue::Status::NotSet, "not_set", "-", "" },
    { DpkValue::Status::RoundedNear100, "near_100", "~100",
      "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE" },
    { DpkValue::Status::NotApplicable, "not_applicable", "*",
      "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION" },
    { DpkValue::Status::Approximate, "approximate", "", "" },
};

const StatusInfo &infoFor( DpkValue::Status status )
{
  for ( const StatusInfo &info : STATUS_TABLE )
  {
    if ( info.status == status )
      return info;
  }
  return STATUS_TABLE[ 0 ];
}
} // namespace

DpkValue DpkValue::fromNumber( double number )
{
  DpkValue value;
  value.mStatus = Status::Exists;
  value.mNumber = number;
  value.mSourceText = QString::number( number );
  return value;
}

DpkValue DpkValue::fromApproximateNumber( double number )
{
  DpkValue value = fromNumber( number );
  value.mStatus = Status::Approximate;
  value.mSourceText = QStringLiteral( "cirka %1" ).arg( number );
  return value;
}

DpkValue DpkValue::fromStatus( Status status, const QString &mark )
{
  DpkValue value;
  value.mStatus = status;
  value.mSourceText = mark.isNull() ? QString::fromLatin1( infoFor( status ).mark ) : mark;
  return value;
}

DpkResult<DpkValue> DpkValue::parse( const QString &text )
{
  const QString trimmed = text.trimmed();
  for ( const StatusInfo &info : STATUS_TABLE )
  {
    if ( *info.mark && trimmed == QLatin1String( info.mark ) )
      return DpkResult<DpkValue>::success( fromStatus( info.status, trimmed ) );
  }
  if ( trimmed.isEmpty() )
    return DpkResult<DpkValue>::success( fromStatus( Status::Missing, trimmed ) );

  static const QRegularExpression approximate( QStringLiteral( "^cirka\\s+(.+)$" ),
                                               QRegularExpression::CaseInsensitiveOption );
  const QRegularExpressionMatch match = approximate.match( trimmed );
  const std::optional<double> number =
      parseNumber( match.hasMatch() ? match.captured( 1 ) : trimmed );
  if ( !number )
  {
    return DpkResult<DpkValue>::failure(
        tr( "'%1' is not a value: expected a number such as 93,5 or one of Skolverket's marks "
            "(.., ., -, ~100, *, cirka N)" )
            .arg( text ) );
  }

  DpkValue value;
  value.mStatus = match.hasMatch() ? Status::Approximate : Status::Exists;
  value.mNumber = *number;
  value.mSourceText = trimmed;
  return DpkResult<DpkValue>::success( value );
}

DpkResult<DpkValue> DpkValue::parseApi( const QString &text, const QString &valueType )
{
  // Whatever the valueType, an EXISTS value may still carry a mark or an approximate count.
  if ( valueType == QLatin1String( "EXISTS" ) )
    return parse( text );

  for ( const StatusInfo &info : STATUS_TABLE )
  {
    if ( *info.apiValueType && valueType == QLatin1String( info.apiValueType ) )
      return DpkResult<DpkValue>::success(
          fromStatus( info.status, text.isNull() ? QString( QLatin1String( "" ) ) : text ) );
  }
  return DpkResult<DpkValue>::failure(
      tr( "unknown valueType '%1' for the value '%2': expected EXISTS, "
          "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING, ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE "
          "or TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION" )
          .arg( valueType, text ) );
}

QString DpkValue::statusKey( Status status )
{
  return QString::fromLatin1( infoFor( status ).key );
}

std::optional<DpkValue::Status> DpkValue::statusFromKey( const QString &key )
{
  for ( const StatusInfo &info : STATUS_TABLE )
  {
    if ( key == QLatin1String( info.key ) )
      return info.status;
  }
  return std::nullopt;
}

QString DpkValue::statusMark( Status status )
{
  return QString::fromLatin1( infoFor( status ).mark );
}

QString DpkValue::statusDescription( Status status )
{
  switch ( status )
  {
  case Status::Exists:
    return tr( "published figure" );
  case Status::SuppressedFewPupils:
    return tr( "suppressed: based on too few pupils" );
  case Status::Missing:
    return tr( "missing: no figure published" );
  case Status::NotSet:
    return tr( "not set: no grade given" );
  case Status::RoundedNear100:
    return tr( "near 100: 1 to 4 pupils did not reach it" );
  case Status::NotApplicable:
    return tr( "not applicable" );
  case Status::Approximate:
    return tr( "approximate count, rounded to tens" );
  }
  return QString();
}

QList<DpkValue::Status> DpkValue::allStatuses()
{
  QList<Status> statuses;
  for ( const StatusInfo &info : STATUS_TABLE )
    statuses.append( info.status );
  return statuses;
}

bool DpkValue::operator==( const DpkValue &other ) const
{
  return mStatus == other.mStatus && ( !hasNumber() || mNumber == other.mNumber );
}
