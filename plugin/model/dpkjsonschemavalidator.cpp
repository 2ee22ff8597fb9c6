#include "dpkjsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace
{
//! Keywords that only document a schema; the validator accepts and ignores them.
const char *const ANNOTATIONS[] = { "$schema", "$id",     "$comment", "$defs",
                                    "title",   "default", "examples", "description" };

//! Keywords that the validator enforces.
const char *const ASSERTIONS[] = { "type",    "const",     "enum",       "minimum",
                                   "maximum", "minLength", "pattern",    "minItems",
                                   "items",   "required",  "properties", "additionalProperties",
                                   "$ref" };

const QString REFERENCE_PREFIX = QStringLiteral( "#/$defs/" );

bool isInteger( const QJsonValue &value )
{
  if ( !value.isDouble() )
    return false;
  const double number = value.toDouble();
  return std::isfinite( number ) && std::floor( number ) == number;
}

bool hasType( const QJsonValue &value, const QString &type )
{
  if ( type == QLatin1String( "object" ) )
    return value.isObject();
  if ( type == QLatin1String( "array" ) )
    return value.isArray();
  if ( type == QLatin1String( "string" ) )
    return value.isString();
  if ( type == QLatin1String( "number" ) )
    return value.isDouble();
  if ( type == QLatin1String( "integer" ) )
    return isInteger( value );
  if ( type == QLatin1String( "boolean" ) )
    return value.isBool();
  if ( type == QLatin1String( "null" ) )
    return value.isNull();
  return false;
}

QStringList typesOf( const QJsonObject &schema )
{
  const QJsonValue type = schema.value( QLatin1String( "type" ) );
  if ( type.isString() )
    return { type.toString() };
  QStringList types;
  for ( const QJsonValue &entry : type.toArray() )
    types << entry.toString();
  return types;
}

QString numberText( double number )
{
  return QString::number( number, 'g', 15 );
}

//! Returns \a value as compact JSON text, shortened when long, for "found ..." in messages.
QString valueText( const QJsonValue &value )
{
  QString text;
  if ( value.isString() )
    text = QString::fromUtf8( QJsonDocument( QJsonArray{ value } )
                                  .toJson( QJsonDocument::Compact )
                                  .mid( 1 )
                                  .chopped( 1 ) );
  else if ( value.isDouble() )
    text = numberText( value.toDouble() );
  else if ( value.isBool() )
    text = value.toBool() ? QStringLiteral( "true" ) : QStringLiteral( "false" );
  else if ( value.isNull() )
    text = QStringLiteral( "null" );
  else if ( value.isArray() )
    text = QString::fromUtf8( QJsonDocument( value.toArray() ).toJson( QJsonDocument::Compact ) );
  else
    text = QString::fromUtf8( QJsonDocument( value.toObject() ).toJson( QJsonDocument::Compact ) );

  const int longest = 60;
  if ( text.size() > longest )
    text = text.left( longest - 1 ) + QChar( 0x2026 );
  return text;
}

QString problem( const QString &pointer, const QString &message )
{
  return QStringLiteral( "%1: %2" ).arg( DpkJsonSchemaValidator::pointerText( pointer ), message );
}
} // namespace

DpkResult<DpkJsonSchemaValidator> DpkJsonSchemaValidator::fromJson( const QByteArray &schemaJson,
                                                                    const QString &schemaName )
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( schemaJson, &parseError );
  if ( parseError.error != QJsonParseError::NoError )
    return DpkResult<DpkJsonSchemaValidator>::failure(
        tr( "%1: not valid JSON at character %2: %3" )
            .arg( schemaName )
            .arg( parseError.offset )
            .arg( parseError.errorString() ) );
  if ( !document.isObject() )
    return DpkResult<DpkJsonSchemaValidator>::failure(
        tr( "%1: expected a JSON Schema object" ).arg( schemaName ) );

  const QJsonObject schema = document.object();
  const QString schemaProblem = checkSchema( schema, schema, QString() );
  if ( !schemaProblem.isEmpty() )
    return DpkResult<DpkJsonSchemaValidator>::failure(
        QStringLiteral( "%1: %2" ).arg( schemaName, schemaProblem ) );
  return DpkResult<DpkJsonSchemaValidator>::success( DpkJsonSchemaValidator( schema ) );
}

QStringList DpkJsonSchemaValidator::supportedKeywords()
{
  QStringList keywords;
  for ( const char *keyword : ANNOTATIONS )
    keywords << QString::fromLatin1( keyword );
  for ( const char *keyword : ASSERTIONS )
    keywords << QString::fromLatin1( keyword );
  return keywords;
}

QString DpkJsonSchemaValidator::childPointer( const QString &pointer, const QString &key )
{
  QString token = key;
  token.replace( QLatin1Char( '~' ), QLatin1String( "~0" ) );
  token.replace( QLatin1Char( '/' ), QLatin1String( "~1" ) );
  return pointer + QLatin1Char( '/' ) + token;
}

QString DpkJsonSchemaValidator::pointerText( const QString &pointer )
{
  return pointer.isEmpty() ? tr( "top level" ) : pointer;
}

QString DpkJsonSchemaValidator::checkSchema( const QJsonObject &root, const QJsonObject &schema,
                                             const QString &pointer )
{
  const QStringList keywords = supportedKeywords();
  for ( auto it = schema.constBegin(); it != schema.constEnd(); ++it )
  {
    if ( !keywords.contains( it.key() ) )
      return problem( pointer, tr( "unsupported keyword \"%1\"" ).arg( it.key() ) );
  }

  if ( schema.contains( QLatin1String( "$ref" ) ) )
  {
    const QString reference = schema.value( QLatin1String( "$ref" ) ).toString();
    const QJsonObject definitions = root.value( QLatin1String( "$defs" ) ).toObject();
    if ( !reference.startsWith( REFERENCE_PREFIX ) ||
         !definitions.value( reference.mid( REFERENCE_PREFIX.size() ) ).isObject() )
      return problem( childPointer( pointer, QStringLiteral( "$ref" ) ),
                      tr( "expected a reference of the form #/$defs/<name> to a definition of "
                          "this schema, found \"%1\"" )
                          .arg( reference ) );
  }
  if ( schema.contains( QLatin1String( "pattern" ) ) )
  {
    const QRegularExpression pattern( schema.value( QLatin1String( "pattern" ) ).toString() );
    if ( !pattern.isValid() )
      return problem( childPointer( pointer, QStringLiteral( "pattern" ) ),
                      tr( "not a valid regular expression: %1" ).arg( pattern.errorString() ) );
  }

  // The keywords whose values are schemas themselves.
  QList<std::pair<QString, QJsonObject>> children;
  for ( const char *container : { "properties", "$defs" } )
  {
    const QString containerKey = QString::fromLatin1( container );
    const QJsonObject members = schema.value( containerKey ).toObject();
    for ( auto it = members.constBegin(); it != members.constEnd(); ++it )
      children.append( { childPointer( childPointer( pointer, containerKey ), it.key() ),
                         it.value().toObject() } );
  }
  for ( const char *single : { "items", "additionalProperties" } )
  {
    const QString key = QString::fromLatin1( single );
    if ( schema.value( key ).isObject() )
      children.append( { childPointer( pointer, key ), schema.value( key ).toObject() } );
  }
  for ( const auto &[ childPath, child ] : children )
  {
    const QString childProblem = checkSchema( root, child, childPath );
    if ( !childProblem.isEmpty() )
      return childProblem;
  }
  return QString();
}

QJsonObject DpkJsonSchemaValidator::resolve( const QJsonObject &root, const QString &reference )
{
  if ( !reference.startsWith( REFERENCE_PREFIX ) )
    return QJsonObject();
  const QString name = reference.mid( REFERENCE_PREFIX.size() );
  return root.value( QLatin1String( "$defs" ) ).toObject().value( name ).toObject();
}

QStringList DpkJsonSchemaValidator::validate( const QJsonValue &document,
                                              const QString &sourceName ) const
{
  QStringList problems;
  check( mSchema, document, QString(), problems );
  for ( QString &message : problems )
    message = QStringLiteral( "%1: %2" ).arg( sourceName, message );
  return problems;
}

void DpkJsonSchemaValidator::check( const QJsonObject &schema, const QJsonValue &value,
                                    const QString &pointer, QStringList &problems ) const
{
  if ( schema.contains( QLatin1String( "$ref" ) ) )
  {
    const QJsonObject target =
        resolve( mSchema, schema.value( QLatin1String( "$ref" ) ).toString() );
    const int before = problems.size();
    check( target, value, pointer, problems );
    if ( problems.size() > before )
      return;
  }

  const QString found = valueText( value );
  const QString mismatch = tr( "expected %1, found %2" );

  // A value of the wrong type is reported once; its other rules would only repeat it.
  const QStringList types = typesOf( schema );
  if ( !types.isEmpty() &&
       std::none_of( types.cbegin(), types.cend(),
                     [ &value ]( const QString &t ) { return hasType( value, t ); } ) )
  {
    problems << problem( pointer, mismatch.arg( expectation( schema ), found ) );
    return;
  }

  if ( schema.contains( QLatin1String( "const" ) ) &&
       schema.value( QLatin1String( "const" ) ) != value )
  {
    problems << problem( pointer, mismatch.arg( expectation( schema ), found ) );
    return;
  }
  if ( schema.contains( QLatin1String( "enum" ) ) &&
       !schema.value( QLatin1String( "enum" ) ).toArray().contains( value ) )
  {
    problems << problem( pointer, mismatch.arg( expectation( schema ), found ) );
    return;
  }

  if ( value.isDouble() )
  {
    const double number = value.toDouble();
    const QJsonValue minimum = schema.value( QLatin1String( "minimum" ) );
    const QJsonValue maximum = schema.value( QLatin1String( "maximum" ) );
    if ( ( minimum.isDouble() && number < minimum.toDouble() ) ||
         ( maximum.isDouble() && number > maximum.toDouble() ) )
      problems << problem( pointer, mismatch.arg( expectation( schema ), found ) );
  }
  else if ( value.isString() )
  {
    const QString text = value.toString();
    const QJsonValue minLength = schema.value( QLatin1String( "minLength" ) );
    const QJsonValue pattern = schema.value( QLatin1String( "pattern" ) );
    if ( ( minLength.isDouble() && text.size() < minLength.toInt() ) ||
         ( pattern.isString() &&
           !QRegularExpression( pattern.toString() ).match( text ).hasMatch() ) )
      problems << problem( pointer, mismatch.arg( expectation( schema ), found ) );
  }
  else if ( value.isArray() )
  {
    checkArray( schema, value.toArray(), pointer, problems );
  }
  else if ( value.isObject() )
  {
    checkObject( schema, value.toObject(), pointer, problems );
  }
}

void DpkJsonSchemaValidator::checkArray( const QJsonObject &schema, const QJsonArray &array,
                                         const QString &pointer, QStringList &problems ) const
{
  const QJsonValue minItems = schema.value( QLatin1String( "minItems" ) );
  if ( minItems.isDouble() && array.size() < minItems.toInt() )
    problems << problem(
        pointer,
        tr( "expected at least %1 items, found %2" ).arg( minItems.toInt() ).arg( array.size() ) );

  const QJsonValue items = schema.value( QLatin1String( "items" ) );
  if ( !items.isObject() )
    return;
  for ( int i = 0; i < array.size(); ++i )
    check( items.toObject(), array.at( i ), childPointer( pointer, QString::number( i ) ),
           problems );
}

void DpkJsonSchemaValidator::checkObject( const QJsonObject &schema, const QJsonObject &object,
                                          const QString &pointer, QStringList &problems ) const
{
  for ( const QJsonValue &required : schema.value( QLatin1String( "required" ) ).toArray() )
  {
    if ( !object.contains( required.toString() ) )
      problems << problem( pointer,
                           tr( "missing the required key \"%1\"" ).arg( required.toString() ) );
  }

  const QJsonObject properties = schema.value( QLatin1String( "properties" ) ).toObject();
  const QJsonValue additional = schema.value( QLatin1String( "additionalProperties" ) );
  for ( auto it = object.constBegin(); it != object.constEnd(); ++it )
  {
    const QString memberPointer = childPointer( pointer, it.key() );
    if ( properties.contains( it.key() ) )
      check( properties.value( it.key() ).toObject(), it.value(), memberPointer, problems );
    else if ( additional.isBool() && !additional.toBool() )
      problems << problem( memberPointer,
                           tr( "unknown key; the keys allowed here are %1" )
                               .arg( properties.keys().join( QLatin1String( ", " ) ) ) );
    else if ( additional.isObject() )
      check( additional.toObject(), it.value(), memberPointer, problems );
  }
}

QString DpkJsonSchemaValidator::expectation( const QJsonObject &schema ) const
{
  if ( schema.contains( QLatin1String( "$ref" ) ) )
    return expectation( resolve( mSchema, schema.value( QLatin1String( "$ref" ) ).toString() ) );
  if ( schema.contains( QLatin1String( "const" ) ) )
    return valueText( schema.value( QLatin1String( "const" ) ) );
  if ( schema.contains( QLatin1String( "enum" ) ) )
  {
    QStringList choices;
    for ( const QJsonValue &choice : schema.value( QLatin1String( "enum" ) ).toArray() )
      choices << valueText( choice );
    return tr( "one of %1" ).arg( choices.join( QLatin1String( ", " ) ) );
  }

  const QJsonValue minimum = schema.value( QLatin1String( "minimum" ) );
  const QJsonValue maximum = schema.value( QLatin1String( "maximum" ) );
  QString bounds;
  if ( minimum.isDouble() && maximum.isDouble() )
    bounds = tr( " from %1 to %2" )
                 .arg( numberText( minimum.toDouble() ), numberText( maximum.toDouble() ) );
  else if ( minimum.isDouble() )
    bounds = tr( " ≥ %1" ).arg( numberText( minimum.toDouble() ) );
  else if ( maximum.isDouble() )
    bounds = tr( " ≤ %1" ).arg( numberText( maximum.toDouble() ) );

  QStringList kinds;
  for ( const QString &type : typesOf( schema ) )
  {
    if ( type == QLatin1String( "integer" ) )
      kinds << tr( "an integer" ) + bounds;
    else if ( type == QLatin1String( "number" ) )
      kinds << tr( "a number" ) + bounds;
    else if ( type == QLatin1String( "string" ) && schema.contains( QLatin1String( "pattern" ) ) )
      kinds << tr( "a string matching %1" )
                   .arg( schema.value( QLatin1String( "pattern" ) ).toString() );
    else if ( type == QLatin1String( "string" ) &&
              schema.value( QLatin1String( "minLength" ) ).toInt() > 0 )
      kinds << tr( "a non-empty string" );
    else if ( type == QLatin1String( "string" ) )
      kinds << tr( "a string" );
    else if ( type == QLatin1String( "boolean" ) )
      kinds << tr( "true or false" );
    else if ( type == QLatin1String( "array" ) )
      kinds << tr( "an array" );
    else if ( type == QLatin1String( "object" ) )
      kinds << tr( "an object" );
    else
      kinds << QStringLiteral( "null" );
  }
  return kinds.isEmpty() ? tr( "a value" ) : kinds.join( tr( " or " ) );
}
