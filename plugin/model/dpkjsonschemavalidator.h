#ifndef DPKJSONSCHEMAVALIDATOR_H
#define DPKJSONSCHEMAVALIDATOR_H

#include "dpkresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

/**
 * \brief Checks a JSON document against a JSON Schema, with messages a person can act on.
 *
 * The plugin's own file formats are documented as JSON Schemas (draft 2020-12) and checked
 * against them when they are read, so that a mistake in a hand-edited file is reported with its
 * place instead of surfacing later as a wrong map. Only the subset of the draft that those
 * schemas need is understood: type, const, enum, minimum, maximum, minLength, pattern, minItems,
 * items, required, properties, additionalProperties and local "#/$defs/..." references, besides
 * annotations such as title and description. A schema using any other keyword is refused when
 * the validator is made, so a rule can never be ignored silently.
 *
 * Each error reads "<file>: <JSON pointer>: expected <what>, found <value>", for example
 * "catalogue.json: /indicators/3/minimumGroup: expected an integer ≥ 1, found "ten"".
 */
class DpkJsonSchemaValidator
{
  Q_DECLARE_TR_FUNCTIONS( DpkJsonSchemaValidator )

public:
  /**
   * Returns a validator for the schema in \a schemaJson. The error names \a schemaName and the
   * place in the schema when it is not JSON, uses an unsupported keyword or refers to a
   * definition it lacks.
   */
  static DpkResult<DpkJsonSchemaValidator> fromJson( const QByteArray &schemaJson,
                                                     const QString &schemaName );

  /**
   * Returns every way in which \a document breaks the schema, one message per problem, each
   * starting with \a sourceName (the file the document was read from). Empty when it is valid.
   */
  QStringList validate( const QJsonValue &document, const QString &sourceName ) const;

  //! Returns the keywords this validator understands, annotations included.
  static QStringList supportedKeywords();

  //! Returns the JSON pointer (RFC 6901) of \a key inside the value at \a pointer.
  static QString childPointer( const QString &pointer, const QString &key );

  //! Returns \a pointer as shown in messages: the pointer itself, or "top level" when empty.
  static QString pointerText( const QString &pointer );

private:
  explicit DpkJsonSchemaValidator( const QJsonObject &schema )
    : mSchema( schema )
  {
  }

  static QString checkSchema( const QJsonObject &root, const QJsonObject &schema,
                              const QString &pointer );
  static QJsonObject resolve( const QJsonObject &root, const QString &reference );

  void check( const QJsonObject &schema, const QJsonValue &value, const QString &pointer,
              QStringList &problems ) const;
  void checkObject( const QJsonObject &schema, const QJsonObject &object, const QString &pointer,
                    QStringList &problems ) const;
  void checkArray( const QJsonObject &schema, const QJsonArray &array, const QString &pointer,
                   QStringList &problems ) const;
  QString expectation( const QJsonObject &schema ) const;

  QJsonObject mSchema;
};

#endif // DPKJSONSCHEMAVALIDATOR_H
