#ifndef DPKLAYERFIELDS_H
#define DPKLAYERFIELDS_H

#include <QString>

/**
 * \brief The names of the fields the plugin writes for each indicator, in one place.
 *
 * Layers, styles, labels and layouts all refer to these names, so that a project saved with one
 * version of the plugin keeps working with the next.
 */
class DpkLayerFields
{
public:
  //! The indicator's number; NULL when no number may be shown.
  static QString value( const QString &indicatorId ) { return indicatorId; }

  //! The key of the value's status (see DpkValue::statusKey()).
  static QString status( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_status" );
  }

  //! The school year the value belongs to.
  static QString period( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_period" );
  }

  //! In area layers: the pupils behind the figure.
  static QString pupils( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_pupils" );
  }

  //! In area layers: how many schools the figure includes.
  static QString schools( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_schools" );
  }

  //! In area layers: the schools left out, with reasons.
  static QString excluded( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_excluded" );
  }

  //! In area layers: true when the figure rests on an estimate of a "~100" share.
  static QString estimated( const QString &indicatorId )
  {
    return indicatorId + QStringLiteral( "_estimated" );
  }
};

#endif // DPKLAYERFIELDS_H
