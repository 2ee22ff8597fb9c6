#ifndef DPKINDICATORCATALOGUE_H
#define DPKINDICATORCATALOGUE_H

#include "dpkindicator.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * \brief The indicators the plugin knows: the built-in standard set, optionally with an
 * organisation's own catalogue on top.
 *
 * Catalogues are JSON files in the format documented by
 * resources/indicators/catalogue.schema.json. Each file is checked against that schema and for
 * the rules a schema cannot express (unique ids, weights that name a pupil count, class breaks
 * inside the range) when it is read, and every problem is reported with the file and the JSON
 * pointer of the field. An organisation's file may add indicators, and may replace a built-in
 * one only when that indicator says "replaces": true, so that no id is ever taken over silently.
 */
class DpkIndicatorCatalogue
{
  Q_DECLARE_TR_FUNCTIONS( DpkIndicatorCatalogue )

public:
  //! The version of the file format ("catalogueVersion") that this code reads.
  static constexpr int FORMAT_VERSION = 1;

  //! Creates an empty catalogue, the base on which a standalone file is read.
  DpkIndicatorCatalogue() = default;

  //! Returns the Qt resource path of the built-in standard catalogue.
  static QString builtInPath();

  /**
   * Returns the built-in standard catalogue, read from the embedded resource. Programs that call
   * it link the resource library (dpk_resources); without it the error names the missing path.
   */
  static DpkResult<DpkIndicatorCatalogue> builtIn();

  /**
   * Returns the built-in catalogue with the organisation's catalogue at \a organisationPath on
   * top, or the built-in one alone when \a organisationPath is empty.
   */
  static DpkResult<DpkIndicatorCatalogue> builtInWith( const QString &organisationPath );

  //! Reads the standalone catalogue file at \a path; see fromJson().
  static DpkResult<DpkIndicatorCatalogue> fromFile( const QString &path );

  //! Reads the catalogue file at \a path on top of \a base; see fromJson().
  static DpkResult<DpkIndicatorCatalogue> fromFile( const QString &path,
                                                    const DpkIndicatorCatalogue &base );

  //! Reads the standalone catalogue in \a json, read from \a sourceName; see the overload.
  static DpkResult<DpkIndicatorCatalogue> fromJson( const QByteArray &json,
                                                    const QString &sourceName );

  /**
   * Reads the catalogue in \a json, read from \a sourceName, on top of \a base: its indicators
   * are added to those of \a base, or replace one of them when they say so. The result takes the
   * id and names of the file read last. Every problem found is reported, one per line, each
   * naming \a sourceName and the field.
   */
  static DpkResult<DpkIndicatorCatalogue>
  fromJson( const QByteArray &json, const QString &sourceName, const DpkIndicatorCatalogue &base );

  //! Returns true when the catalogue holds no indicator.
  bool isEmpty() const { return mIndicators.isEmpty(); }

  //! Returns the catalogue's id, e.g. "datapakarta-standard".
  QString id() const { return mId; }

  //! Returns the catalogue's name in \a language ("sv" or "en").
  QString name( const QString &language ) const;

  //! Returns the format version the catalogue was written in (0 for an empty catalogue).
  int catalogueVersion() const { return mCatalogueVersion; }

  //! Returns the files the catalogue was read from, the built-in one first.
  QStringList sourceNames() const { return mSourceNames; }

  //! Returns the file that defined the indicator \a indicatorId, or an empty string.
  QString sourceOf( const QString &indicatorId ) const { return mSources.value( indicatorId ); }

  //! Returns the indicators in the order they are listed to users.
  QList<DpkIndicator> indicators() const { return mIndicators; }

  //! Returns the indicator with \a id, or nullptr when the catalogue has none.
  const DpkIndicator *indicator( const QString &id ) const;

  /**
   * Returns the catalogue as a standalone catalogue file, indented. Replacements are already
   * applied, so the result names no "replaces".
   */
  QByteArray toJson() const;

  //! Returns the name of \a unit ("points", "percent", ...) in the user's language.
  static QString unitName( const QString &unit );

  //! Returns the key of \a direction used in catalogue files, e.g. "higher_better".
  static QString directionKey( DpkIndicator::Direction direction );

  //! Returns the key of \a method used in catalogue files, e.g. "quantile".
  static QString classificationKey( DpkIndicator::ClassificationMethod method );

private:
  static DpkIndicator indicatorFromJson( const QJsonObject &object );
  static QJsonObject indicatorToJson( const DpkIndicator &indicator );
  static QStringList checkIndicator( const DpkIndicator &indicator, const QString &pointer );
  QStringList addIndicators( const QList<DpkIndicator> &indicators, const QString &sourceName );
  QStringList checkWeights() const;
  int indexOf( const QString &id ) const;

  QString mId;
  QString mNameSv;
  QString mNameEn;
  int mCatalogueVersion = 0;
  QList<DpkIndicator> mIndicators;
  QHash<QString, QString> mSources;
  QHash<QString, QString> mPointers;
  QStringList mSourceNames;
};

#endif // DPKINDICATORCATALOGUE_H
