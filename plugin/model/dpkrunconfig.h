#ifndef DPKRUNCONFIG_H
#define DPKRUNCONFIG_H

#include "dpkperiod.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

/**
 * \brief Where a run reads school results or school locations from.
 */
struct DpkSourceConfig
{
  //! The kinds of source.
  enum class Type
  {
    SkolverketExport, //!< A statistics export file (CSV or XLSX): "skolverket-export".
    SkolverketApi,    //!< Skolverket's Planned Educations API: "skolverket-api".
    PointLayer,       //!< A point layer of school locations, such as a register: "point-layer".
  };

  Type type = Type::SkolverketExport;
  QString path;      //!< The export file, or the point file for PointLayer.
  QString layerName; //!< For PointLayer, the layer inside a multi-layer file; empty for the first.
  QString codeField; //!< For PointLayer, the field with each point's skolenhetskod.
  QString baseUrl;   //!< The API's base URL, for SkolverketApi.
  QString cacheDir;  //!< Folder of the API's response cache; empty for no cache.
  QString authcfg;   //!< Id of a QGIS authentication configuration; never the credentials.
};

/**
 * \brief The polygon layer that school figures are combined into.
 */
struct DpkAreaConfig
{
  QString path;      //!< A file GDAL/OGR reads (Shapefile, GeoPackage, GeoJSON, ...).
  QString layerName; //!< The layer inside a multi-layer file; empty for the first.
  QString codeField; //!< The field with each area's code.
  QString nameField; //!< The field with each area's name.
};

/**
 * \brief The print layouts a run makes: a map sheet per indicator, and optionally an atlas.
 */
struct DpkLayoutConfig
{
  //! A built-in template name ("a4-landscape"), an organisation template's name or a .qpt path.
  QString templateName = QStringLiteral( "a4-landscape" );
  bool atlas = false; //!< Also an atlas with one page per area, when the run has areas.
  bool png = false;   //!< Also a PNG of each sheet beside its PDF.
};

/**
 * \brief One production run: which figures, from where, into which areas, written where.
 *
 * The same JSON document is the command line's configuration file and what the panel stores in
 * a project, so a run made in QGIS can be repeated in batch and the other way round.
 */
class DpkRunConfig
{
  Q_DECLARE_TR_FUNCTIONS( DpkRunConfig )

public:
  QString municipality; //!< Kommunkod, 4 digits.
  //! The municipality's name for titles, where the source lacks it (Skolverket's API); optional.
  QString municipalityName;
  DpkPeriod period; //!< The school year to map; invalid means the latest in the data.
  QStringList indicators;
  DpkSourceConfig results;
  DpkSourceConfig schools;
  bool hasAreas = false;
  DpkAreaConfig areas;
  QString outputDir;
  QString outputName;
  bool hasLayout = false;
  DpkLayoutConfig layout;
  //! Who published the results, for source lines and layer metadata; empty for Skolverket.
  QString sourceName;

  //! Returns the publisher named on source lines when the run names none: "Skolverket".
  static QString defaultSourceName();

  //! Returns sourceName, or defaultSourceName() when the run names none.
  QString effectiveSourceName() const;

  /**
   * Reads a configuration from JSON \a json; \a origin names it in messages (a file name).
   * Every error names the key and what was expected. Keys that are not part of the format are
   * not errors but are listed in \a unknownKeys (as paths such as "areas.colour").
   */
  static DpkResult<DpkRunConfig> fromJson( const QByteArray &json, const QString &origin,
                                           QStringList *unknownKeys = nullptr );

  /**
   * Reads a run with placeholders, as a project template stores it: like fromJson(), but a text
   * key given as "" (the municipality, a file path, the output name) is a placeholder left for
   * the user to fill in, not an error. placeholders() lists what is still to be filled in.
   */
  static DpkResult<DpkRunConfig> fromTemplateJson( const QByteArray &json, const QString &origin );

  /**
   * Returns the keys (as paths such as "results.path") that the run leaves empty although a run
   * needs them: the placeholders of a template. Empty for a run that fromJson() accepts.
   */
  QStringList placeholders() const;

  //! Returns the configuration as the JSON object fromJson() reads.
  QJsonObject toJson() const;

  /**
   * Returns the configuration with its relative paths, which are taken from \a fromFolder, made
   * relative to \a toFolder: what a project in \a toFolder stores so that its run finds the same
   * files from the project's own folder. Absolute paths, URLs and built-in template names stay.
   */
  DpkRunConfig rebased( const QString &fromFolder, const QString &toFolder ) const;

  //! Returns the key of \a type in the JSON format.
  static QString sourceTypeKey( DpkSourceConfig::Type type );

private:
  static DpkResult<DpkRunConfig> read( const QByteArray &json, const QString &origin,
                                       QStringList *unknownKeys, bool placeholders );
};

#endif // DPKRUNCONFIG_H
