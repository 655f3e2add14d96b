# libdevmapper (LVM2): imported target Devmapper::Devmapper.
include(DmremapFindPkgConfig)
dmremap_find_pkgconfig(Devmapper devmapper libdevmapper.h devmapper)
