#ifndef DPKSCHOOLPLACER_H
#define DPKSCHOOLPLACER_H

#include "dpkareaindex.h"
#include "dpkschool.h"
#include "dpkunplacedschool.h"

#include <QCoreApplication>
#include <QHash>

class QgsCsException;

/**
 * \brief Puts schools on the map: joins each school to its position by skolenhetskod, and finds
 * the area each placed school lies in.
 *
 * One place for these steps, so that a whole build (DpkMapBuilder) and a single Processing step
 * place schools and give the same reasons for those they cannot place.
 */
class DpkSchoolPlacer
{
  Q_DECLARE_TR_FUNCTIONS( DpkSchoolPlacer )

public:
  /**
   * Returns the \a schools that have a position in \a locations (joined by code), all in the
   * coordinate system of the first one placed. The others, also those whose position cannot be
   * converted into that system, are appended to \a unplaced with the reason.
   */
  static QList<DpkSchool> place( const QList<DpkSchool> &schools, const QList<DpkSchool> &locations,
                                 QList<DpkUnplacedSchool> &unplaced );

  /**
   * Returns, for each of the \a placed schools (all in one coordinate system) that lies in an
   * area of \a index, its code mapped to the area's code. The others are appended to
   * \a unplaced as lying outside every area, or with the reason their position cannot be
   * converted into the areas' coordinate system.
   */
  static QHash<QString, QString> locateInAreas( const QList<DpkSchool> &placed,
                                                const DpkAreaIndex &index,
                                                QList<DpkUnplacedSchool> &unplaced );

private:
  static QString positionError( const QgsCsException &error );
};

#endif // DPKSCHOOLPLACER_H
